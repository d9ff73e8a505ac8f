using PerfTargets.Core.Verification;

namespace PerfTargets.Data.Verification;

/// <summary>审批核验结果: the approved version a content hash belongs to, and how the signature given with it compares.</summary>
public sealed record ApprovalVerification(ApprovedVersion Version, SignatureCheck Signature);
