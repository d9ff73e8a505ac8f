using PerfTargets.Sheets.Reading;
using PerfTargets.Testing;

namespace PerfTargets.Sheets.Tests.Reading;

public class WorkbookReaderTests
{
    [Fact]
    public void A_file_that_is_no_workbook_is_refused_with_a_clear_message() =>
        Should.Throw<UnreadableWorkbookException>(() => WorkbookReader.Read(UnreadableFiles.Pdf)).Message.ShouldContain("不是 Excel 工作簿（.xlsx）");

    [Fact]
    public void A_corrupt_workbook_is_refused_with_a_clear_message() =>
        Should.Throw<UnreadableWorkbookException>(() => WorkbookReader.Read(UnreadableFiles.Corrupt)).Message.ShouldContain("已损坏");

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked_whole()
    {
        UnreadableFiles.ZipBomb.Length.ShouldBeLessThan(1024 * 1024);
        Should.Throw<UnreadableWorkbookException>(() => WorkbookReader.Read(UnreadableFiles.ZipBomb)).Message.ShouldContain("压缩炸弹");
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_unread() =>
        Should.Throw<UnreadableWorkbookException>(() => WorkbookReader.Read(UnreadableFiles.Huge)).Message.ShouldContain($"超过上限 {WorkbookLimits.FileSizeText}");
}
