using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using PerfTargets.Core.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Setup;

/// <summary>
/// <c>print --list</c>, <c>print --id N [--layout L] --out F.pdf</c>, <c>print --department CODE --year Y [--layout L] --out F.pdf</c>:
/// the PDFs the pages serve, written from the command line with the application's configuration
/// (for scripted printing and for measuring), in the lean <see cref="CommandHost"/>. It reads the
/// database as it is; <c>--migrate</c> first brings it to the current schema (in demo mode filling an
/// empty one with the demo data), as the application's start does. Frozen versions are read as the
/// pages read them: content checked against its hash and the keyed record of its submission.
/// Exit 0 done, 2 wrong usage, 1 nothing to print or the database unreadable, 3 a frozen version altered.
/// </summary>
internal static class PrintCommand
{
    public const string Verb = "print";
    private const string Usage = "用法：print [--migrate] --list | print --id 编号 [--layout 格式] --out 文件.pdf | print --department 单位代码 --year 年度 [--layout 格式] --out 文件.pdf";

    /// <summary>The command line reads everything, as the admin does.</summary>
    private static readonly ClaimsPrincipal Operator = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "command-line"), new Claim(ClaimTypes.Role, AccountRoles.Admin)], "command-line"));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            if (CommandOptions.Has(args, "--migrate"))
            {
                await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(provider.GetRequiredService<IConfiguration>().GetValue<bool>(DatabaseStartup.DemoModeKey));
            }

            return CommandOptions.Has(args, "--list") ? await ListAsync(provider.GetRequiredService<PerfTargetsDbContext>()) : await PrintAsync(provider, args);
        }
        catch (Exception e) when (e is DatabaseConfigurationException or DbException || e is InvalidOperationException && e.GetBaseException() is DbException)
        {
            await Console.Error.WriteLineAsync($"无法读取数据库：{e.GetBaseException().Message}（数据库若尚未建立或尚未迁移到本版本，先启动一次应用，或加 --migrate）");
            return 1;
        }
        catch (AlteredVersionException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 3;
        }
    }

    private static async Task<int> PrintAsync(IServiceProvider provider, string[] args)
    {
        var output = CommandOptions.Value(args, "--out");
        var layoutKey = CommandOptions.Value(args, "--layout");
        var layout = layoutKey is null ? await provider.GetRequiredService<PrintLayouts>().DefaultAsync() : LayoutCatalog.Find(layoutKey);
        if (string.IsNullOrWhiteSpace(output) || layout is null)
        {
            await Console.Error.WriteLineAsync(layout is null
                ? $"没有名为“{layoutKey}”的打印格式。可用：{string.Join("、", LayoutCatalog.All.Select(l => l.Key))}"
                : Usage);
            return 2;
        }

        var document = await DocumentAsync(provider, args, layout);
        if (document is null)
        {
            return 1;
        }

        await using (var file = File.Create(output))
        {
            provider.GetRequiredService<PdfRenderer>().Render(document, file);
        }

        await Console.Out.WriteLineAsync($"已写入 {output}（{new FileInfo(output).Length.ToString("N0", CultureInfo.InvariantCulture)} 字节）。");
        return 0;
    }

    private static async Task<IDocument?> DocumentAsync(IServiceProvider provider, string[] args, LayoutInfo layout)
    {
        var db = provider.GetRequiredService<PerfTargetsDbContext>();
        var baseUrl = BaseUrl(provider.GetRequiredService<IConfiguration>());
        if (int.TryParse(CommandOptions.Value(args, "--id"), CultureInfo.InvariantCulture, out var id))
        {
            var declaration = await db.FindDeclarationAsync(id);
            if (declaration is null)
            {
                await Console.Error.WriteLineAsync($"没有编号为 {id} 的申报表（print --list 列出全部）。");
                return null;
            }

            declaration.PutInFormOrder();
            return layout.Create(await provider.GetRequiredService<DeclarationPrints>().LoadAsync(declaration, baseUrl));
        }

        var code = CommandOptions.Value(args, "--department");
        if (code is null || !int.TryParse(CommandOptions.Value(args, "--year"), CultureInfo.InvariantCulture, out var year))
        {
            await Console.Error.WriteLineAsync(Usage);
            return null;
        }

        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code.Trim());
        if (department is null)
        {
            await Console.Error.WriteLineAsync($"没有代码为“{code}”的单位。");
            return null;
        }

        var print = await provider.GetRequiredService<DepartmentPrints>().LoadAsync(department.Id, year, Operator, baseUrl, PrintOptions.Default);
        return new DepartmentLayout(print!, layout.Create);
    }

    private static async Task<int> ListAsync(PerfTargetsDbContext db)
    {
        var rows = await db.Declarations.AsNoTracking().OrderBy(d => d.Id)
            .Join(db.Departments, d => d.DepartmentId, p => p.Id, (d, p) => new { d.Id, d.BudgetYear, p.Code, Department = p.Name, d.ProjectName })
            .ToListAsync();
        await Console.Out.WriteLineAsync("编号\t年度\t单位代码\t单位\t项目");
        foreach (var row in rows)
        {
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{row.Id}\t{row.BudgetYear}\t{row.Code}\t{row.Department}\t{row.ProjectName}"));
        }

        return 0;
    }

    /// <summary>The address verification marks point to: the configured public one, else the first listening address.</summary>
    private static Uri BaseUrl(IConfiguration configuration)
    {
        var listening = (configuration["ASPNETCORE_URLS"] ?? configuration["urls"] ?? "http://localhost:5080").Split(';')[0];
        return Uri.TryCreate(listening.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : new Uri("http://localhost:5080/");
    }
}
