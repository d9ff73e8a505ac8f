using System.Text.Json;

namespace PerfTargets.Core.Declarations;

/// <summary>复制申报表: last year's project as this year's draft.</summary>
public static class DeclarationCopy
{
    /// <summary>
    /// A new draft for <paramref name="budgetYear"/> with everything of <paramref name="source"/>
    /// except its identity, workflow state and dates (项目期 dates, 填报日期, creation and change times).
    /// A copied project continues one that was declared before: it is a 延续项目.
    /// </summary>
    public static Declaration CopyForYear(this Declaration source, int budgetYear)
    {
        ArgumentNullException.ThrowIfNull(source);

        // A round trip through the document format copies every field, present and future, deeply.
        var copy = JsonSerializer.Deserialize<Declaration>(JsonSerializer.Serialize(source, DeclarationJson.Options), DeclarationJson.Options)!;
        copy.Id = 0;
        copy.BudgetYear = budgetYear;
        copy.Status = DeclarationStatus.Draft;
        copy.Kind = ProjectKind.Continuing;
        copy.StartDate = copy.EndDate = copy.FilledOn = null;
        copy.CreatedAt = copy.UpdatedAt = default;
        copy.ConcurrencyStamp = Guid.NewGuid();
        copy.BudgetLines.ForEach(l => l.Id = 0);
        copy.Indicators.ForEach(i => i.Id = 0);
        copy.Safeguards.ForEach(s => s.Id = 0);
        return copy;
    }
}
