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
}
