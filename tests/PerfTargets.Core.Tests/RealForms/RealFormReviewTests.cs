using System.Text.RegularExpressions;
using FluentValidation;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Tests.RealForms;

/// <summary>
/// The rules judged against a reviewer's reading of real published forms: every finding written in
/// findings.md (before any rule ran) has a verdict in scoring.json; what is scored as caught is
/// reported by the rules named; no rule raises an error the reviewer did not find; and the rules
/// stay silent where the reviewer says the form is right.
/// </summary>
public partial class RealFormReviewTests
{
    private static readonly RealFormScoring Scoring = RealFormScoring.Load();

    public static TheoryData<string> Forms() => [.. RealForm.Folders()];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_finding_of_the_reviewer_has_a_verdict(string folder)
    {
        var numbers = FindingNumber().Matches(File.ReadAllText(Path.Combine(RealForm.Root, folder, "findings.md"))).Select(m => m.Groups[1].Value);

        Scoring.Forms[folder].Findings.Keys.ShouldBe(numbers, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void What_is_scored_as_caught_is_reported_by_its_rules(string folder)
    {
        var reported = Problems(folder).Select(p => p.Rule).ToHashSet(StringComparer.Ordinal);

        foreach (var (number, finding) in Scoring.Forms[folder].Findings.Where(f => f.Value.Reported))
        {
            finding.Rules.ShouldNotBeEmpty($"finding {number}");
            finding.Rules.Where(rule => !reported.Contains(rule)).ShouldBeEmpty($"finding {number}: {finding.Note}");
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void No_error_is_raised_where_the_reviewer_found_nothing(string folder)
    {
        var score = Scoring.Forms[folder];
        var found = score.Findings.Values.Where(f => f.Reported).SelectMany(f => f.Rules).ToHashSet(StringComparer.Ordinal);

        var unexplained = Problems(folder)
            .Where(p => p.Severity == Severity.Error && !found.Contains(p.Rule) && !score.ErrorsWithoutFinding.Exists(e => e.Rule == p.Rule && e.Path == p.Path))
            .Select(p => $"{p.Rule} {p.Path} {p.Message}");

        unexplained.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_rules_stay_silent_where_the_reviewer_finds_the_form_right(string folder)
    {
        var reported = Problems(folder).Select(p => p.Rule).ToHashSet(StringComparer.Ordinal);

        foreach (var (number, finding) in Scoring.Forms[folder].Findings.Where(f => f.Value.Verdict == "clean"))
        {
            (finding.Silent ?? []).Where(reported.Contains).ShouldBeEmpty($"finding {number}: {finding.Note}");
        }
    }

    private static IReadOnlyList<ValidationProblem> Problems(string folder)
    {
        var form = RealForm.Load(folder);
        form.Declaration.DepartmentId = 1; // the filing unit is chosen when the form is entered, not printed on it
        return DeclarationCheck.Problems(form.Declaration, form.Framework);
    }

    [GeneratedRegex(@"^(\d+)\. ", RegexOptions.Multiline)]
    private static partial Regex FindingNumber();
}
