using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Verification;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Tests.Printing;

/// <summary>The key a frozen version's PDF is kept under: every printed part is in it, a draft has none.</summary>
public class PrintKeyTests
{
    private static readonly LayoutInfo National = LayoutCatalog.Find("national")!;

    private static DeclarationPrint Submitted() => new()
    {
        Declaration = new Declaration { Id = 7, ProjectName = "网络舆情综合管理", BudgetYear = 2023 },
        DepartmentName = "山海关区网信办",
        DepartmentCode = "224002",
        VersionNumber = 1,
        VersionHash = new string('a', 64),
        VersionSubmittedAt = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
        DepartmentSeal = [1, 2, 3],
        Reviews = [new ReviewBox("业务股室", "同意。", "reviewer-business", new DateOnly(2026, 12, 2), [4, 5, 6]), new ReviewBox("绩效管理股")],
    };

    [Fact]
    public void Every_property_of_a_print_is_covered_by_the_key()
    {
        typeof(DeclarationPrint).GetProperties().Select(p => p.Name).Order().ShouldBe(PrintKey.Covered.Order());
    }

    [Fact]
    public void A_draft_has_no_key_and_the_same_frozen_print_has_one_key()
    {
        PrintKey.Of(National, Submitted() with { VersionNumber = null, VersionHash = null }, "fonts").ShouldBeNull();
        PrintKey.Of(National, Submitted(), "fonts").ShouldBe(PrintKey.Of(National, Submitted(), "fonts"));
    }

    [Fact]
    public void Any_printed_change_makes_another_key()
    {
        var key = PrintKey.Of(National, Submitted(), "fonts");
        var changed = new[]
        {
            PrintKey.Of(LayoutCatalog.Find("review")!, Submitted(), "fonts"),
            PrintKey.Of(National, Submitted(), "other fonts"),
            PrintKey.Of(National, Submitted() with { OmitEmptyLevel2s = true }, "fonts"),
            PrintKey.Of(National, Submitted() with { VersionHash = new string('b', 64) }, "fonts"),
            PrintKey.Of(National, Submitted() with { DepartmentName = "山海关区网信办（更名）" }, "fonts"),
            PrintKey.Of(National, Submitted() with { DepartmentSeal = [1, 2, 4] }, "fonts"),
            PrintKey.Of(National, Submitted() with { Reviews = [new ReviewBox("业务股室", "同意。", "reviewer-business", new DateOnly(2026, 12, 2), [4, 5, 7]), new ReviewBox("绩效管理股")] }, "fonts"),
            PrintKey.Of(National, Submitted() with { Reviews = [new ReviewBox("业务股室"), new ReviewBox("绩效管理股")] }, "fonts"),
            PrintKey.Of(National, Submitted() with { Verification = new ApprovalMark(1, new string('a', 64), "abc", new Uri("https://a.example/verify/x")) }, "fonts"),
            PrintKey.Of(National, Submitted() with { Verification = new ApprovalMark(1, new string('a', 64), "abc", new Uri("https://b.example/verify/x")) }, "fonts"),

            // 公开: the redacted form differs inside a version whose hash is the same.
            PrintKey.Of(National, Submitted() with { Redaction = [] }, "fonts"),
            PrintKey.Of(National, Submitted() with { Redaction = ["BudgetPurpose"] }, "fonts"),
        };

        changed.ShouldAllBe(k => k != null && k != key);
        changed.Distinct().Count().ShouldBe(changed.Length);
    }

    [Fact]
    public void The_cache_keeps_no_more_than_its_bound_and_keeps_nothing_at_zero()
    {
        var renders = 0;
        byte[] Render(int size) { renders++; return new byte[size]; }
        using var cache = new FrozenPdfCache(1);

        cache.GetOrRender("small", () => Render(100_000));
        cache.GetOrRender("small", () => Render(100_000));
        renders.ShouldBe(1);
        cache.GetOrRender("too large", () => Render(2_000_000));
        cache.GetOrRender("too large", () => Render(2_000_000));
        renders.ShouldBe(3);

        using var none = new FrozenPdfCache(0);
        none.GetOrRender("small", () => Render(10));
        none.GetOrRender("small", () => Render(10));
        renders.ShouldBe(5);
    }
}
