using PerfTargets.Core.Verification;
using PerfTargets.Web.Setup;

namespace PerfTargets.Web.Verification;

/// <summary>
/// Where the key that signs approval marks comes from: <c>Verification:Key</c> when set; in demo
/// mode without it, a key generated on the first start and kept in <see cref="DemoKeyFile"/>
/// (git-ignored with the demo database), so that printed marks still verify after a restart;
/// otherwise none, and approved versions print unsigned.
/// </summary>
internal static partial class VerificationKeySource
{
    public const string DemoKeyFile = "data/verification.key";

    /// <summary>Throws <see cref="VerificationConfigurationException"/> for a key that is set but unusable.</summary>
    public static byte[]? Load(IConfiguration configuration, string contentRoot, ILogger logger)
    {
        var configured = configuration[VerificationSettings.KeyKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return VerificationKey.Parse(configured, VerificationSettings.KeyKey);
        }

        if (!configuration.GetValue<bool>(DatabaseStartup.DemoModeKey))
        {
            return null;
        }

        var path = Path.GetFullPath(DemoKeyFile, contentRoot);
        try
        {
            if (!File.Exists(path))
            {
                Create(path, logger);
            }

            return VerificationKey.Parse(File.ReadAllText(path), $"演示模式的核验密钥文件 {path}（删除后重启即重新生成）");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VerificationConfigurationException(
                $"核验配置错误：演示模式下无法读写核验密钥文件 {path}（{e.Message}）。请让该目录可写，或设置 {VerificationSettings.KeyKey}。", e);
        }
    }

    /// <summary>Written whole under another name, then moved into place: an instance starting at the same moment reads a whole key or none.</summary>
    private static void Create(string path, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, VerificationKey.NewBase64() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path);
            LogGenerated(logger, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance got there first: its key is the one.
            File.Delete(temporary);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "演示模式：已生成核验密钥，保存在 {Path}")]
    private static partial void LogGenerated(ILogger logger, string path);
}
