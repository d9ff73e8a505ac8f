using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using PerfTargets.Core.Verification;

namespace PerfTargets.Web.Verification;

/// <summary>
/// What a user pastes into the 审批核验 form: the 核验网址 from the paper (with its host or not, with
/// its ?s= or not) or the 64-digit content hash alone. Null when it holds no content hash.
/// </summary>
public static partial class VerificationAddress
{
    public static (string Hash, string? Signature)? Read(string text)
    {
        var match = Address().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        string? signature = null;
        if (match.Groups["query"].Success && QueryHelpers.ParseQuery(match.Groups["query"].Value).TryGetValue(ApprovalMark.SignatureParameter, out var values))
        {
            signature = values.ToString() is { Length: > 0 } value ? value : null;
        }

        return (match.Groups["hash"].Value.ToLowerInvariant(), signature);
    }

    [GeneratedRegex(@"^(?:\S*/verify/)?(?<hash>[0-9a-fA-F]{64})/?(?<query>\?[^#\s]*)?(?:#\S*)?$")]
    private static partial Regex Address();
}
