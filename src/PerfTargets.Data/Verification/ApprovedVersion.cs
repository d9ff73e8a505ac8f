namespace PerfTargets.Data.Verification;

/// <summary>
/// 已批复版本: what the public verify page may say of an approved version — the project, the
/// department, 第 n 版, when the final approval was given (UTC) and the sections that approved
/// this version, in the order they did. Nothing of drafts, other versions, opinions or people.
/// </summary>
public sealed record ApprovedVersion(string ProjectName, string DepartmentName, int VersionNumber, DateTime ApprovedAt, IReadOnlyList<string> Sections);
