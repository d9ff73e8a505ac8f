using PerfTargets.Core.Auditing;

namespace PerfTargets.Testing;

/// <summary>The keys tests run with: fixed, so that what one test signs another can check.</summary>
public static class TestKeys
{
    /// <summary>Audit:Key of the test applications (32 bytes, Base64).</summary>
    public const string AuditKey = "dGVzdC1hdWRpdC1rZXktb2YtcGVyZnRhcmdldHMtMzI=";

    public static AuditChain AuditChain { get; } = new(Convert.FromBase64String(AuditKey));
}
