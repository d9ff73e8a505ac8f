namespace PerfTargets.Pdf.Layouts;

/// <summary>One form of a round's batch as the contents list it, before its print is loaded.</summary>
public sealed record BatchForm(int DeclarationId, string ProjectName);

/// <summary>A department's part of a round's batch: its forms, in order.</summary>
public sealed record BatchDepartment(string Name, string Code, IReadOnlyList<BatchForm> Forms)
{
    /// <summary>The part's line in the contents and above its first form: the department and its code.</summary>
    public string Heading => $"{Name}（{Code}）";
}

/// <summary>What a round's batch prints: the round, which declarations (已批复, 已提交), and the departments' parts in order.</summary>
public sealed record RoundPrint(string RoundName, int BudgetYear, string Scope, IReadOnlyList<BatchDepartment> Departments)
{
    /// <summary>The departments with forms to print: only they have a part.</summary>
    public IReadOnlyList<BatchDepartment> Parts => [.. Departments.Where(d => d.Forms.Count > 0)];

    public int FormCount => Departments.Sum(d => d.Forms.Count);
}

/// <summary>
/// A round's declarations as one document (批量打印): a first page with the round, its year and 目录 —
/// each department, then its projects, with page numbers — and then each department's forms in the
/// layout chosen, its name above its first form. Only the contents are known up front: each form's
/// print is loaded by <paramref name="load"/> when the renderer reaches its pages, and let go after,
/// once per pass, so that a thousand forms take no more memory than one.
/// </summary>
public sealed class RoundLayout(RoundPrint print, Func<int, DeclarationPrint> load, Func<DeclarationPrint, IDocument> layout) : IDocument
{
    public DocumentInfo Info => new($"{print.RoundName}（{Year}年度）{print.Scope}申报表", print.RoundName);

    private string Year => print.BudgetYear.ToString(CultureInfo.InvariantCulture);

    public void Compose(DocumentContainer document)
    {
        document.Page(page =>
        {
            BatchParts.Page(page);
            page.Content().Column(Contents);
        });
        foreach (var department in print.Parts)
        {
            foreach (var (form, i) in department.Forms.Select((f, i) => (f, i)))
            {
                document.Deferred(forms => layout(BatchParts.Entry(load(form.DeclarationId), i == 0 ? department.Heading : null, i + 1, form.ProjectName, Section(form)))
                    .Compose(forms));
            }
        }
    }

    private void Contents(ColumnDescriptor column)
    {
        BatchParts.Title(column, print.RoundName, $"{Year}年度项目支出绩效目标",
            $"{print.Scope}申报表　{print.Parts.Count} 个单位　{print.FormCount} 份");
        foreach (var department in print.Parts)
        {
            BatchParts.ContentsLine(column.Item(), department.Heading, Section(department.Forms[0]), bold: true);
            foreach (var (form, i) in department.Forms.Select((f, i) => (f, i)))
            {
                BatchParts.ContentsLine(column.Item().PaddingLeft(24), BatchParts.ProjectTitle(i + 1, form.ProjectName), Section(form));
            }
        }
    }

    private static string Section(BatchForm form) => $"declaration-{form.DeclarationId.ToString(CultureInfo.InvariantCulture)}";
}
