using PerfTargets.Core.Security;
using PerfTargets.Core.Verification;
using PerfTargets.Web.Auditing;

namespace PerfTargets.Web.Setup;

/// <summary>
/// Where a server secret comes from: its setting when set; in demo mode without it, a key generated
/// on the first start and kept in a file beside the demo database (git-ignored with it), so that
/// what it signed still verifies after a restart; otherwise none, and the caller says what follows.
/// </summary>
/// <param name="setting">The configuration key (Verification:Key, Audit:Key).</param>
/// <param name="demoFile">The demo key file, relative to the content root.</param>
/// <param name="area">What the key is for, as messages head it: 核验, 审计.</param>
internal sealed partial class SecretKeySource(string setting, string demoFile, string area)
{
    public string Setting => setting;

    public string DemoFile => demoFile;

    public string Area => area;

    public static SecretKeySource Verification { get; } = new(VerificationSettings.KeyKey, "data/verification.key", "核验");

    public static SecretKeySource Audit { get; } = new(AuditSettings.KeyKey, "data/audit.key", "审计");

    /// <summary>Throws <see cref="SettingException"/> for a key that is set but unusable, or a demo key file that cannot be kept.</summary>
    public byte[]? Load(IConfiguration configuration, string contentRoot, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return SecretKey.Parse(configured, Setting, Area);
        }

        if (!configuration.GetValue<bool>(DatabaseStartup.DemoModeKey))
        {
            return null;
        }

        var path = Path.GetFullPath(DemoFile, contentRoot);
        try
        {
            if (!File.Exists(path))
            {
                Create(path, logger);
            }

            return SecretKey.Parse(File.ReadAllText(path), $"演示模式的{Area}密钥文件 {path}（删除后重启即重新生成）", Area);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingException(
                $"{Area}配置错误：演示模式下无法读写{Area}密钥文件 {path}（{e.Message}）。请让该目录可写，或设置 {Setting}。", e);
        }
    }

    /// <summary>Written whole under another name, then moved into place: an instance starting at the same moment reads a whole key or none.</summary>
    private void Create(string path, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, SecretKey.NewBase64() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path);
            LogGenerated(logger, Area, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance got there first: its key is the one.
            File.Delete(temporary);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "演示模式：已生成{Area}密钥，保存在 {Path}")]
    private static partial void LogGenerated(ILogger logger, string area, string path);
}
