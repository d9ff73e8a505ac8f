using PerfTargets.Core.Printing;
using PerfTargets.Data.Queries;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>Which layout a print uses: the one asked for, else the default the admin set (打印设置).</summary>
public sealed class PrintLayouts(PerfTargetsDbContext db)
{
    /// <summary>The layout named by <paramref name="requested"/>, the default when none is named, or null for a name no layout has.</summary>
    public async Task<LayoutInfo?> ChooseAsync(string? requested, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(requested) ? await DefaultAsync(cancellationToken) : LayoutCatalog.Find(requested);

    /// <summary>The admin's default; the national form while none is set or the one set no longer exists.</summary>
    public async Task<LayoutInfo> DefaultAsync(CancellationToken cancellationToken = default)
    {
        var key = await db.ReferenceAsync<PrintSettings, string?>(
            token => db.PrintSettings.AsNoTracking().Where(s => s.Id == PrintSettings.SingletonId).Select(s => s.DefaultLayout).FirstOrDefaultAsync(token), cancellationToken);
        return LayoutCatalog.Find(key) ?? LayoutCatalog.Find(LayoutCatalog.DefaultKey)!;
    }

    /// <summary>Sets the default; false for a key no layout has.</summary>
    public async Task<bool> SetDefaultAsync(string? key, CancellationToken cancellationToken = default)
    {
        if (LayoutCatalog.Find(key) is not { } layout)
        {
            return false;
        }

        var settings = await db.PrintSettings.FirstOrDefaultAsync(s => s.Id == PrintSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            db.PrintSettings.Add(new PrintSettings { DefaultLayout = layout.Key });
        }
        else
        {
            settings.DefaultLayout = layout.Key;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
