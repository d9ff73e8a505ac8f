using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Setup;

/// <summary>
/// <c>create-admin --user NAME [--name 姓名]</c> with the password in PERFTARGETS_ADMIN_PASSWORD (or
/// <c>--password</c>): opens the first admin account of an installation, on the configured database.
/// </summary>
internal static class CreateAdminCommand
{
    public const string Verb = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var user = CommandOptions.Value(args, "--user");
        var password = CommandOptions.Value(args, "--password") ?? Environment.GetEnvironmentVariable("PERFTARGETS_ADMIN_PASSWORD");
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("用法：create-admin --user 用户名 [--name 姓名]，密码放在环境变量 PERFTARGETS_ADMIN_PASSWORD 中（或 --password）。");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demoMode: false);
        }
        catch (Exception e) when (e is DatabaseConfigurationException or System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"无法打开数据库：{e.GetBaseException().Message}");
            return 1;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PerfTargetsUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var account = new PerfTargetsUser { UserName = user.Trim(), DisplayName = CommandOptions.Value(args, "--name") ?? "系统管理员", LockoutEnabled = true, CreatedAt = now, PasswordChangedAt = now };
        var result = IdentityResult.Success;
        await scope.ServiceProvider.GetRequiredService<AuditedChanges>().CommitAsync(async _ =>
        {
            result = await users.CreateAsync(account, password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(account, AccountRoles.Admin);
            }

            return result.Succeeded ? [new AuditNote(AuditAction.AccountChanged, AuditActor.System, Detail: $"命令行开设管理员账户 {account.UserName}")] : [];
        });

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"未开设管理员账户：{string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }

        await Console.Out.WriteLineAsync($"已开设管理员账户 {account.UserName}。");
        return 0;
    }
}
