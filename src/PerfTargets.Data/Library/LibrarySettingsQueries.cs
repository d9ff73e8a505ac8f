using PerfTargets.Core.Library;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Library;

public static class LibrarySettingsQueries
{
    /// <summary>The library's settings; the defaults (history not shared) when the admin never saved any.</summary>
    public static async Task<LibrarySettings> LoadLibrarySettingsAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ReferenceAsync<LibrarySettings, LibrarySettings?>(
            token => db.LibrarySettings.AsNoTracking().SingleOrDefaultAsync(token), cancellationToken) ?? new LibrarySettings();
    }
}
