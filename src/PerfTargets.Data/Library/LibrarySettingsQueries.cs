using PerfTargets.Core.Library;

namespace PerfTargets.Data.Library;

public static class LibrarySettingsQueries
{
    /// <summary>The library's settings; the defaults (history not shared) when the admin never saved any.</summary>
    public static async Task<LibrarySettings> LoadLibrarySettingsAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.LibrarySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new LibrarySettings();
    }
}
