using System.Text.Json;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data.Library;

/// <summary>
/// The 共性 entries every installation starts with, from indicator-library.json beside this class
/// (shipped inside the assembly). Each is written against a 二级 and placed in every framework that
/// has a place for it (<see cref="FrameworkPlacement"/>).
/// </summary>
public static class LibrarySeed
{
    private const string ResourceName = "PerfTargets.Data.Library.indicator-library.json";

    /// <summary>The seed file's entries as written, each with the 一级/二级 of the 2021 framework.</summary>
    public static IReadOnlyList<SeedEntry> Read()
    {
        using var stream = typeof(LibrarySeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The indicator library {ResourceName} is not embedded.");
        return JsonSerializer.Deserialize<SeedFile>(stream, DeclarationJson.Options)?.Entries
            ?? throw new InvalidOperationException($"The indicator library {ResourceName} is empty.");
    }

    /// <summary>Fresh, unsaved entries of the seed for <paramref name="framework"/>, one per seed entry it has a place for.</summary>
    public static IEnumerable<LibraryEntry> For(IndicatorFramework framework, IEnumerable<SeedEntry> seed)
    {
        ArgumentNullException.ThrowIfNull(framework);
        foreach (var entry in seed)
        {
            if (FrameworkPlacement.Place(framework, entry.Level2) is not { } place)
            {
                continue;
            }

            yield return new LibraryEntry
            {
                Key = entry.Key,
                FrameworkId = framework.Id,
                Level1 = place.Level1,
                Level2 = place.Level2,
                Name = entry.Name,
                Nature = entry.Nature,
                Unit = entry.Unit,
                Comparator = entry.Comparator,
                Direction = entry.Direction,
                Formula = entry.Formula,
                Basis = entry.Basis,
                Sectors = string.Join(',', entry.Sectors),
                Example = entry.Example,
                Source = entry.Source,
            };
        }
    }

    private sealed record SeedFile(List<SeedEntry> Entries);
}

/// <summary>One entry of indicator-library.json.</summary>
public sealed record SeedEntry(
    string Key, string Level1, string Level2, string Name, IndicatorNature Nature, string? Unit, Comparator? Comparator,
    IndicatorDirection? Direction, string? Formula, IndicatorBasis? Basis, IReadOnlyList<string> Sectors, string? Example, string Source);
