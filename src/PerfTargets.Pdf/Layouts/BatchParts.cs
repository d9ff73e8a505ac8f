namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// What the documents of many forms share (a department's for a year, a round's batch): the page of
/// their own parts, the title over 目录 on the first page, a contents line with the page it points to,
/// and the heading above each form that the contents line points to.
/// </summary>
internal static class BatchParts
{
    private static readonly TextStyle ContentsText = new(11, LineHeight: 1.9f);
    private static readonly TextStyle TitleText = new(20, Bold: true);

    /// <summary>A4 with the margins of a document's own pages (contents, 部门整体绩效目标), numbered as the forms are.</summary>
    public static void Page(PageDescriptor page)
    {
        page.Size(PageSizes.A4);
        page.Margin(56, 56, 56, 40);
        page.Footer().PaddingTop(6).Element(FormParts.PageNumber);
    }

    /// <summary>The first page's two title lines, an optional note under them, and 目录.</summary>
    public static void Title(ColumnDescriptor column, string title, string subtitle, string? note = null)
    {
        column.Item().PaddingTop(120).Text(title, TitleText, TextAlignment.Center);
        column.Item().PaddingTop(12).PaddingBottom(note is null ? 60 : 12).Text(subtitle, TitleText, TextAlignment.Center);
        if (note is not null)
        {
            column.Item().PaddingBottom(48).Text(note, FormStyle.Body, TextAlignment.Center);
        }

        column.Item().PaddingBottom(12).Text("目　　录", new TextStyle(16, Bold: true), TextAlignment.Center);
    }

    /// <summary>
    /// A line of the contents, with the number of the page where <paramref name="section"/> starts; the
    /// number is regular even on a bold line, as the digits a page number may need are in the regular subset only.
    /// </summary>
    public static void ContentsLine(IContainer container, string text, string section, bool bold = false) => container.Row(row =>
    {
        row.RelativeItem().Text(text, ContentsText with { Bold = bold });
        row.ConstantItem(40).Text(t =>
        {
            t.Align(TextAlignment.Right);
            t.SectionPage(section, ContentsText);
        });
    });

    /// <summary>A project's line: n、…绩效目标表, numbered within its part.</summary>
    public static string ProjectTitle(int number, string projectName) => $"{number}、{projectName}绩效目标表";

    /// <summary>The form under its heading (the part's line first when it opens a part), where its contents line points.</summary>
    public static DeclarationPrint Entry(DeclarationPrint print, string? part, int number, string projectName, string section) => print with
    {
        Batch = new BatchEntry((part is null ? string.Empty : part + "\n") + ProjectTitle(number, projectName), section),
    };
}
