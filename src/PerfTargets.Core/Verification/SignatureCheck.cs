namespace PerfTargets.Core.Verification;

/// <summary>核验码核对结果: how the signature printed with an approval mark compares with the server's.</summary>
public enum SignatureCheck
{
    /// <summary>No signature was given: only the content hash was checked.</summary>
    NotGiven,

    /// <summary>核验码一致: the mark was issued by this system.</summary>
    Matches,

    /// <summary>核验码不一致: the mark was not issued by this system (or not under its present key).</summary>
    DoesNotMatch,

    /// <summary>The server has no key (outside demo mode, Verification:Key unset): a signature cannot be checked.</summary>
    NoKey,
}
