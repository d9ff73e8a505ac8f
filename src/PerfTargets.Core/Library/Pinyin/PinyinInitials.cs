using System.Text;

namespace PerfTargets.Core.Library.Pinyin;

/// <summary>
/// 拼音首字母: 验收合格率 → yshgl, so a filer may find an indicator by typing the initials of its
/// name without an input method. Each character's letter is that of its customary reading (Unihan's
/// kMandarin, pinyin-initials.txt beside this class): a character read two ways answers with one
/// (行 is x, never h). Latin letters and digits stand for themselves, in lower case; the rest is left out.
/// </summary>
public static class PinyinInitials
{
    private const string ResourceName = "PerfTargets.Core.Library.Pinyin.pinyin-initials.txt";
    private const char NoReading = '.';

    private static readonly Lazy<(int First, string Letters)> Table = new(Load);

    /// <summary>The initials of <paramref name="text"/>: yshgl for 验收合格率, pm25ndbz for PM2.5浓度达标.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var (first, letters) = Table.Value;
        var initials = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                initials.Append(char.ToLowerInvariant(c));
            }
            else if (c - first is var at && at >= 0 && at < letters.Length && letters[at] != NoReading)
            {
                initials.Append(letters[at]);
            }
        }

        return initials.ToString();
    }

    /// <summary>Whether a typed word is meant as initials: Latin letters only (ysh, YSHGL).</summary>
    public static bool IsInitials(string word) => word.Length > 0 && word.All(char.IsAsciiLetter);

    private static (int, string) Load()
    {
        using var stream = typeof(PinyinInitials).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The pinyin table {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .ToList();
        return (Convert.ToInt32(lines[0], 16), lines[1]);
    }
}
