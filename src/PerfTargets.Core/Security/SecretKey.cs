using System.Security.Cryptography;

namespace PerfTargets.Core.Security;

/// <summary>
/// A server secret written as Base64: the 核验密钥 that signs approval marks, the 审计密钥 that keys
/// the audit chain. At least 32 bytes, the length of the HMAC-SHA256 output: a shorter key is the
/// weakest part of the signature.
/// </summary>
public static class SecretKey
{
    public const int MinimumBytes = 32;

    private const string HowToMake = "可用 openssl rand -base64 32 生成一个。";

    /// <summary>
    /// The key's bytes. Throws <see cref="SettingException"/> naming <paramref name="source"/> (the
    /// setting or file it came from) and never the text itself, which may be a real secret mistyped.
    /// </summary>
    /// <param name="area">What the key is for, as the message's heading says it: 核验, 审计.</param>
    public static byte[] Parse(string text, string source, string area)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new SettingException($"{area}配置错误：{source} 不是有效的 Base64 文本。{HowToMake}", e);
        }

        return key.Length >= MinimumBytes
            ? key
            : throw new SettingException($"{area}配置错误：{source} 只有 {key.Length} 字节，至少需要 {MinimumBytes} 字节。{HowToMake}");
    }

    /// <summary>A new random key of <see cref="MinimumBytes"/> bytes, as Base64.</summary>
    public static string NewBase64() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes));
}
