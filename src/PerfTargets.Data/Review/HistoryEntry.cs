using PerfTargets.Core.Review;

namespace PerfTargets.Data.Review;

/// <summary>
/// One line of a declaration's history as its pages show it: a workflow step (<see cref="Event"/>),
/// or a finding accepted with its 例外说明 (<see cref="Acceptance"/>, <see cref="Withdrawal"/> false)
/// or that acceptance withdrawn (true).
/// </summary>
public sealed record HistoryEntry(DateTime At, DeclarationEvent? Event, ProblemAcceptance? Acceptance = null, bool Withdrawal = false);
