namespace PerfTargets.Core.Rounds;

/// <summary>延期 as the admin asks for it: a department may submit until <see cref="Until"/> (null takes the extension back), for a reason.</summary>
public sealed record Extension(DateOnly RoundClosesOn, DateOnly? Until, string? Reason);
