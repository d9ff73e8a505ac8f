using PerfTargets.Sheets.Reading;

namespace PerfTargets.Web.Tests;

/// <summary>
/// An exported list as a user opens it: the title in row 1, the scope and unit in row 2, the header
/// in row 3, one row per declaration and the 合计 row last; cells read by their column's heading.
/// </summary>
internal sealed class ExportedTable
{
    private const int HeaderRow = 3;
    private readonly ReadSheet sheet;
    private readonly Dictionary<string, int> columns;

    private ExportedTable(ReadSheet sheet)
    {
        this.sheet = sheet;
        columns = Enumerable.Range(1, sheet.LastColumn).ToDictionary(c => sheet[HeaderRow, c].Text, c => c);
    }

    public string Title => sheet[1, 1].Text;

    public string Scope => sheet[2, 1].Text;

    public string Unit => sheet[2, sheet.LastColumn - 1].Text;

    public IReadOnlyList<string> Headings => [.. columns.Keys];

    /// <summary>How many rows stand between the header and the 合计 row.</summary>
    public int Count => sheet.LastRow - HeaderRow - 1;

    public string TotalLabel => sheet[sheet.LastRow, 1].Text;

    public static async Task<ExportedTable> ReadAsync(HttpResponseMessage response, string sheetName)
    {
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var workbook = WorkbookReader.Read(await response.Content.ReadAsByteArrayAsync());
        return new ExportedTable(workbook.Sheet(sheetName).ShouldNotBeNull());
    }

    /// <summary>The cells of one column, row by row, without the 合计 row.</summary>
    public IReadOnlyList<ReadCell> Column(string heading) =>
        [.. Enumerable.Range(HeaderRow + 1, Count).Select(row => sheet[row, columns[heading]])];

    /// <summary>What the 合计 row holds under a column.</summary>
    public ReadCell Total(string heading) => sheet[sheet.LastRow, columns[heading]];
}
