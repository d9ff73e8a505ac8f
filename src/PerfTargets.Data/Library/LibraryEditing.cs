using FluentValidation.Results;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Library;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Data.Library;

/// <summary>
/// The admin's changes to the indicator library (指标库维护): add and edit an entry, retire and
/// restore it (停用/恢复), merge entries that say the same (合并), and take in an imported workbook.
/// Each is checked first and committed with its audit row; a change refused saves nothing.
/// </summary>
public sealed class LibraryEditing(PerfTargetsDbContext db, AuditedChanges audited)
{
    /// <summary>
    /// Adds <paramref name="input"/> (id 0: an entry of the admin's own, without a key) or writes it
    /// over the stored one. The validator's failures when it is refused; null when the entry to edit is gone.
    /// </summary>
    public async Task<IReadOnlyList<ValidationFailure>?> SaveAsync(LibraryEntry input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        Tidy(input);
        var framework = await db.IndicatorFrameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == input.FrameworkId, cancellationToken);
        var failures = new LibraryEntryValidator(framework).Validate(input).Errors;
        var stored = input.Id == 0 ? null : await db.LibraryEntries.FirstOrDefaultAsync(e => e.Id == input.Id, cancellationToken);
        if (input.Id != 0 && stored is null)
        {
            return null;
        }

        if (stored is { Key: not null } && stored.FrameworkId != input.FrameworkId)
        {
            // The seed places a keyed entry once in each framework: moving it would make two of one key there.
            failures.Add(new ValidationFailure(nameof(LibraryEntry.FrameworkId), $"“{stored.Key}”是共性指标，已按指标体系分别列出，不能改到另一个指标体系。"));
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        if (stored is null)
        {
            input.Key = null;
            input.Retired = false;
            input.MergedIntoId = null;
            db.LibraryEntries.Add(input);
        }
        else
        {
            CopyContent(input, stored);
        }

        var said = stored is null ? "新增" : "修改";
        await audited.CommitAsync(new AuditNote(AuditAction.LibraryEntrySaved, actor, Detail: $"{said}指标库条目“{input.Name}”（{input.Level1}/{input.Level2}）"), cancellationToken);
        return [];
    }

    /// <summary>停用 or 恢复 the entry; false when there is none of that id. Restoring a merged entry undoes its merge.</summary>
    public async Task<bool> SetRetiredAsync(int id, bool retired, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var entry = await db.LibraryEntries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        entry.Retired = retired;
        if (!retired)
        {
            entry.MergedIntoId = null;
        }

        var action = retired ? AuditAction.LibraryEntryRetired : AuditAction.LibraryEntryRestored;
        await audited.CommitAsync(new AuditNote(action, actor, Detail: $"{action.Label()}“{entry.Name}”（编号 {entry.Id}）"), cancellationToken);
        return true;
    }

    /// <summary>
    /// Merges <paramref name="ids"/> into <paramref name="keptId"/>: the others are retired and point
    /// to it, as do the entries once merged into them. Why not, in Chinese; null when merged.
    /// </summary>
    public async Task<string?> MergeAsync(int keptId, IReadOnlyCollection<int> ids, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var chosen = ids.Append(keptId).Distinct().ToList();
        var entries = await db.LibraryEntries.Where(e => chosen.Contains(e.Id)).ToListAsync(cancellationToken);
        var kept = entries.FirstOrDefault(e => e.Id == keptId);
        if (kept is null || entries.Count != chosen.Count)
        {
            return "所选条目已不存在，请刷新后重选。";
        }

        if (entries.Count < 2)
        {
            return "请至少勾选两个条目，并选定保留哪一个。";
        }

        if (kept.Retired)
        {
            return $"保留的条目“{kept.Name}”已停用：请先恢复它，或保留另一个。";
        }

        if (entries.Any(e => e.FrameworkId != kept.FrameworkId))
        {
            return "只能合并同一指标体系中的条目：各体系中的同名条目是它在该体系中的位置，不是重复。";
        }

        var merged = entries.Where(e => e.Id != keptId).ToList();
        var mergedIds = merged.Select(e => e.Id).ToList();
        var earlier = await db.LibraryEntries.Where(e => e.MergedIntoId != null && mergedIds.Contains(e.MergedIntoId.Value)).ToListAsync(cancellationToken);
        foreach (var entry in merged.Concat(earlier))
        {
            entry.Retired = true;
            entry.MergedIntoId = keptId;
        }

        var names = string.Join("、", merged.Select(e => $"“{e.Name}”（编号 {e.Id}）"));
        await audited.CommitAsync(new AuditNote(AuditAction.LibraryEntriesMerged, actor, Detail: $"合并指标库条目：{names}并入“{kept.Name}”（编号 {kept.Id}）"), cancellationToken);
        return null;
    }

    /// <summary>Takes in the entries of an imported workbook, all in one commit: id 0 adds one, any other id rewrites that entry.</summary>
    public async Task<(int Added, int Updated)> ImportAsync(IReadOnlyList<LibraryEntry> imported, string fileName, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var ids = imported.Where(e => e.Id != 0).Select(e => e.Id).ToList();
        var stored = await db.LibraryEntries.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var entry in imported)
        {
            Tidy(entry);
            if (entry.Id == 0)
            {
                db.LibraryEntries.Add(entry);
            }
            else
            {
                CopyContent(entry, stored[entry.Id]);
                stored[entry.Id].Retired = entry.Retired;
                if (!entry.Retired)
                {
                    stored[entry.Id].MergedIntoId = null;
                }
            }
        }

        var added = imported.Count(e => e.Id == 0);
        await audited.CommitAsync(new AuditNote(AuditAction.LibraryImported, actor,
            Detail: $"从“{fileName}”导入指标库：新增 {added} 条，更新 {ids.Count} 条"), cancellationToken);
        return (added, ids.Count);
    }

    /// <summary>What the admin may change of an entry; its key, and whether it is retired or merged, are the library's own.</summary>
    private static void CopyContent(LibraryEntry from, LibraryEntry to)
    {
        to.FrameworkId = from.FrameworkId;
        to.Level1 = from.Level1;
        to.Level2 = from.Level2;
        to.Name = from.Name;
        to.Nature = from.Nature;
        to.Unit = from.Unit;
        to.Comparator = from.Comparator;
        to.Direction = from.Direction;
        to.Formula = from.Formula;
        to.Basis = from.Basis;
        to.Sectors = from.Sectors;
        to.Example = from.Example;
        to.Source = from.Source;
    }

    /// <summary>Texts trimmed, blank optional ones none, sectors one comma apart.</summary>
    private static void Tidy(LibraryEntry entry)
    {
        entry.Level1 = entry.Level1?.Trim() ?? string.Empty;
        entry.Level2 = entry.Level2?.Trim() ?? string.Empty;
        entry.Name = entry.Name?.Trim() ?? string.Empty;
        entry.Source = entry.Source?.Trim() ?? string.Empty;
        entry.Unit = Blank(entry.Unit);
        entry.Formula = Blank(entry.Formula);
        entry.Example = Blank(entry.Example);
        entry.Sectors = string.Join(',', (entry.Sectors ?? string.Empty).Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
