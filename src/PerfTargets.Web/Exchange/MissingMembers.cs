namespace PerfTargets.Web.Exchange;

/// <summary>
/// The members of a received declaration that JSON set to null where the domain always holds a
/// value (a list, a section, a name): such a document is refused, naming them.
/// </summary>
internal static class MissingMembers
{
    public static IReadOnlyList<string> Of(Declaration d)
    {
        var missing = new List<string>();
        void Check(object? value, string path)
        {
            if (value is null)
            {
                missing.Add(path);
            }
        }

        Check(d.ProjectName, "$.projectName");
        Check(d.Narrative, "$.narrative");
        foreach (var column in FundingColumns.All)
        {
            Check(column.Get(d), "$." + column.Path);
        }

        Check(d.DisbursementPlan, "$.disbursementPlan");
        CheckList(d.MidTermGoals, "$.midTermGoals", (goal, path) => Check(goal, path));
        CheckList(d.AnnualGoals, "$.annualGoals", (goal, path) => Check(goal, path));
        CheckList(d.BudgetLines, "$.budgetLines", (line, path) => Check(line.Item, path + ".item"));
        CheckList(d.Safeguards, "$.safeguards", (safeguard, path) => Check(safeguard.Category, path + ".category"));
        CheckList(d.Indicators, "$.indicators", (indicator, path) =>
        {
            Check(indicator.Level1, path + ".level1");
            Check(indicator.Level2, path + ".level2");
            Check(indicator.Name, path + ".name");
            Check(indicator.MidTerm, path + ".midTerm");
            Check(indicator.Annual, path + ".annual");
        });
        return missing;

        void CheckList<T>(List<T>? list, string path, Action<T, string> each)
        {
            if (list is null)
            {
                missing.Add(path);
                return;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    missing.Add($"{path}[{i}]");
                }
                else
                {
                    each(list[i], $"{path}[{i}]");
                }
            }
        }
    }
}
