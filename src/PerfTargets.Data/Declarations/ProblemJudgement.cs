using PerfTargets.Core.Validation;

namespace PerfTargets.Data.Declarations;

/// <summary>What the rules found in a declaration, and the rule-settings revision they judged it by.</summary>
public readonly record struct ProblemJudgement(ProblemCount Problems, int JudgedWith);
