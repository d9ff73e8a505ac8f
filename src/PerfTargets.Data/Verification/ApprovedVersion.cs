namespace PerfTargets.Data.Verification;

/// <summary>
/// 已批复版本: what the public verify page may say of an approved version — the project, the
/// department, 第 n 版, when the final approval was given (UTC) and the approvals it was
/// approved with, in the order given (one standing from an earlier version says which:
/// 业务股室（第1版）). Nothing of drafts, other versions' content, opinions or people.
/// </summary>
/// <param name="ContentIntact">False when the version's stored content no longer matches its hash: then nothing of it is shown (no project name).</param>
public sealed record ApprovedVersion(string ProjectName, string DepartmentName, int VersionNumber, DateTime ApprovedAt, IReadOnlyList<string> Sections, bool ContentIntact = true);
