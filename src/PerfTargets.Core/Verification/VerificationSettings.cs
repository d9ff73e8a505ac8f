using System.Globalization;
using PerfTargets.Core.Security;

namespace PerfTargets.Core.Verification;

/// <summary>
/// 核验设置, read from configuration: <c>Verification:PublicBaseUrl</c>, the address printed marks
/// point to, and <c>Verification:RequestsPerMinute</c>, how often one client may check. The key,
/// <c>Verification:Key</c>, is the signer's (<see cref="SecretKey"/>).
/// </summary>
public sealed record VerificationSettings(Uri? PublicBaseUrl, int RequestsPerMinute)
{
    public const string KeyKey = "Verification:Key";
    public const string PublicBaseUrlKey = "Verification:PublicBaseUrl";
    public const string RequestsPerMinuteKey = "Verification:RequestsPerMinute";

    /// <summary>Enough for a reviewer checking a pile of forms by hand; too few to walk hashes.</summary>
    public const int DefaultRequestsPerMinute = 60;

    /// <summary>Throws <see cref="SettingException"/> naming the setting to fix.</summary>
    public static VerificationSettings From(string? publicBaseUrl, string? requestsPerMinute) =>
        new(ParseBaseUrl(publicBaseUrl), ParseRate(requestsPerMinute));

    /// <summary>An absolute http(s) address; a path base such as /jxmb stays part of it.</summary>
    private static Uri? ParseBaseUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new SettingException(
                $"核验配置错误：{PublicBaseUrlKey} 为 “{text}”，应为本系统对外的网址，如 https://jxmb.example.gov.cn（不带查询参数）。");
        }

        return url;
    }

    private static int ParseRate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultRequestsPerMinute;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rate) && rate > 0
            ? rate
            : throw new SettingException($"核验配置错误：{RequestsPerMinuteKey} 为 “{text}”，应为正整数（默认 {DefaultRequestsPerMinute}）。");
    }
}
