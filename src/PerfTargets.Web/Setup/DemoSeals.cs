using PerfTargets.Core.Auditing;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Seals;
using PerfTargets.Pdf.Seals;

namespace PerfTargets.Web.Setup;

/// <summary>
/// In demo mode every review section and department gets a generated standard seal, so that a
/// visitor can approve and print straight away. Outside demo mode the admin sets seals.
/// </summary>
internal static partial class DemoSeals
{
    public static async Task AddMissingAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PerfTargetsDbContext>();
        var seals = services.GetRequiredService<SealChanges>();
        var withSeal = await db.Seals.Select(s => new { s.Owner, s.OwnerId }).Distinct().ToListAsync(cancellationToken);
        var wanted = new List<(SealOwner Owner, int Id, string Name, string Arc, string? Caption)>();
        wanted.AddRange((await db.ReviewSections.AsNoTracking().ToListAsync(cancellationToken)).Select(s => (SealOwner.ReviewSection, s.Id, s.Name, s.Organisation, (string?)s.Name)));
        wanted.AddRange((await db.Departments.AsNoTracking().ToListAsync(cancellationToken)).Select(d => (SealOwner.Department, d.Id, d.Name, d.Name, (string?)null)));
        foreach (var (owner, id, name, arc, caption) in wanted.Where(w => !withSeal.Exists(s => s.Owner == w.Owner && s.OwnerId == w.Id)))
        {
            try
            {
                await seals.AddAsync(owner, id, name, StandardSeal.Draw(arc, caption), 480, 480, generated: true, AuditActor.System, cancellationToken);
            }
            catch (SealFontMissingException e)
            {
                LogNoSeals(logger, e.Message);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "演示印章未生成：{Reason}")]
    private static partial void LogNoSeals(ILogger logger, string reason);
}
