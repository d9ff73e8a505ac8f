namespace PerfTargets.Core.Validation;

/// <summary>Reads the word an address gives for one of a set of values (?state=returned), ignoring case and surrounding spaces.</summary>
public static class AddressWords
{
    public static bool TryParse<T>(string? word, IEnumerable<T> all, Func<T, string> wordOf, out T value)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(wordOf);
        var given = word?.Trim();
        foreach (var candidate in all)
        {
            if (string.Equals(wordOf(candidate), given, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
