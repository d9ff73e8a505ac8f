using PerfTargets.Pdf.Layouts;
using UglyToad.PdfPig;

namespace PerfTargets.Pdf.Tests.Layouts;

public class NationalLayoutTests
{
    [Fact]
    public void Seed_002s_first_declaration_prints_its_header_goals_and_both_target_columns()
    {
        var print = SeedPrints.Print(SeedPrints.Named("网络安全和信息化工作经费"));
        var pdf = SharedFonts.Render(new NationalLayout(print));
        RenderedPages.Save("national-002-1", pdf);

        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        text.ShouldContain("项目支出绩效目标申报表");
        text.ShouldContain("网络安全和信息化工作经费");
        text.ShouldContain("≥150家");
        text.ShouldContain("≥100家");
    }

    [Fact]
    public void The_88_annex_lists_every_level2_of_the_framework_blank_where_nothing_was_filed_unless_asked_not_to()
    {
        // Seed 004's first project files 质量指标, 社会效益指标 and 服务对象满意度指标 only.
        var print = SeedPrints.Print(SeedPrints.Named("网络舆情综合管理"));
        var every = SharedFonts.Render(new NationalLayout(print));
        RenderedPages.Save("national-004-every-level2", every);
        var filed = SharedFonts.Render(new NationalLayout(print with { OmitEmptyLevel2s = true }));

        using var everyDocument = PdfDocument.Open(every);
        using var filedDocument = PdfDocument.Open(filed);
        var all = PrintedPdf.Text(everyDocument);
        var only = PrintedPdf.Text(filedDocument);
        foreach (var level2 in new[] { "数量指标", "时效指标", "成本指标", "经济效益指标", "生态效益指标", "可持续影响指标" })
        {
            // Once: seed 004 is annual-only, so the grid has no 中期 half.
            PrintedPdf.Occurrences(all, level2).ShouldBe(1, level2);
            only.ShouldNotContain(level2);
        }

        all.ShouldContain("产出指标数量指标");
        PrintedPdf.Occurrences(all, "社会效益指标").ShouldBe(1);
    }

    [Fact]
    public void A_frozen_version_renders_to_the_same_bytes_every_time_dated_when_it_was_submitted()
    {
        var submitted = new DateTime(2026, 12, 1, 8, 30, 0, DateTimeKind.Utc);
        var print = SeedPrints.Print(SeedPrints.Named("网络舆情综合管理")) with { VersionNumber = 1, VersionHash = new string('a', 64), VersionSubmittedAt = submitted };

        var first = SharedFonts.Render(new NationalLayout(print));
        var second = SharedFonts.Render(new NationalLayout(print));

        second.ShouldBe(first);
        using var document = PdfDocument.Open(first);
        document.Information.CreationDate.ShouldStartWith("D:20261201083000");
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, SeedPrints.All.Count)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_declaration_prints_in_the_national_layout_with_its_indicators_and_goals(int index)
    {
        var seed = SeedPrints.All[index];
        var pdf = SharedFonts.Render(new NationalLayout(SeedPrints.Print(seed)));
        RenderedPages.Save($"national-all-{index:00}", pdf);

        var text = PrintedPdf.Content(pdf);
        text.ShouldRead(PrintedPdf.Squeeze(seed.Declaration.ProjectName));
        foreach (var indicator in seed.Declaration.Indicators)
        {
            text.ShouldRead(PrintedPdf.Squeeze(indicator.Name));
        }

        foreach (var goal in seed.Declaration.AnnualGoals)
        {
            text.ShouldRead(PrintedPdf.Squeeze(goal));
        }

        PrintedPdf.LettersLieWithinTheirPages(pdf);
    }
}

public class VerificationMarkTests
{
    [Fact]
    public void An_approved_versions_mark_prints_its_hash_and_a_QR_code_that_scans_to_its_address()
    {
        var url = new Uri("https://jxmb.example.gov.cn/verify/" + new string('a', 64) + "?s=" + new string('b', 32));
        var print = SeedPrints.Print(SeedPrints.Named("网络舆情综合管理")) with
        {
            VersionNumber = 2,
            Verification = new Core.Verification.ApprovalMark(2, new string('a', 64), new string('b', 32), url),
        };
        var pdf = SharedFonts.Render(new NationalLayout(print));
        var path = RenderedPages.Save("national-approved-mark", pdf);

        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            text.ShouldContain("系统审批核验标记");
            text.ShouldContain(new string('a', 64));
            text.ShouldContain("不是 GB/T 38540 规定的电子签章");
            text.ShouldNotContain("草稿");
        }

        ScannedCodes(path).ShouldContain(url.ToString());
    }

    /// <summary>What zbarimg (Debian's zbar-tools) reads off page 1 printed at 200 dpi.</summary>
    private static string ScannedCodes(string pdfPath)
    {
        File.Exists("/usr/bin/zbarimg").ShouldBeTrue("zbarimg not found: run scripts/test.sh as root to install zbar-tools.");
        var png = Path.ChangeExtension(pdfPath, null) + "-scan";
        using (var render = System.Diagnostics.Process.Start("/usr/bin/pdftoppm", ["-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile", pdfPath, png])!)
        {
            render.WaitForExit();
        }

        using var scan = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/zbarimg", ["-q", "--raw", png + ".png"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = scan.StandardOutput.ReadToEnd();
        scan.WaitForExit();
        return output;
    }
}
