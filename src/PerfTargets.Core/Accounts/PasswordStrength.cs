using Zxcvbn.Matcher;

namespace PerfTargets.Core.Accounts;

/// <summary>
/// How guessable a password is, by the maintained zxcvbn estimator (leaked passwords, words and
/// names, keyboard walks, repeats, sequences, dates), told also the user's own names and the pinyin
/// and number favourites of Chinese passwords, which its dictionaries lack.
/// </summary>
public static class PasswordStrength
{
    /// <summary>The lowest zxcvbn score (0–4) accepted: 3 is zxcvbn's "safely unguessable" for online attacks.</summary>
    public const int MinimumScore = 3;

    /// <summary>zxcvbn reads this much: its matching slows with length, and a longer password gains nothing more from it.</summary>
    private const int ReadLength = 64;

    /// <summary>The weakness of a password that holds the user's own name; the policy says it in a sentence of its own.</summary>
    public const string NameReason = "含有您的用户名或姓名";

    private const string ChineseReason = "常见的拼音或数字组合（如 woaini、1314、520）";

    /// <summary>
    /// Favourites of Chinese passwords that zxcvbn's English lists lack: pinyin words, the commonest
    /// surnames (followed by digits, they are among the most used passwords), and the numbers of
    /// 我爱你 (520, 521) and 一生一世 (1314). Single-syllable surnames of two letters but li are left
    /// out: they would match inside too many ordinary words.
    /// </summary>
    private static readonly string[] ChineseFavourites =
    [
        "woaini", "woaiwojia", "wangyiming", "aini", "nihao", "zhongguo", "beijing", "shanghai", "laopo", "laogong", "baobei",
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "sun", "zhu", "guo", "lin", "gao", "luo",
        "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong",
        "pan", "yuan", "cai", "jiang", "cheng", "wei", "shen", "yao",
        "5201314", "1314520", "1314", "520", "521", "168", "888", "666",
    ];

    /// <summary>Why the password is too easy to guess, in Chinese; empty when zxcvbn scores it <see cref="MinimumScore"/> or more.</summary>
    public static IReadOnlyList<string> Weaknesses(string password, string userName, string displayName)
    {
        ArgumentNullException.ThrowIfNull(password);
        var names = new[] { userName, displayName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password.Length > ReadLength ? password[..ReadLength] : password, [.. names, .. ChineseFavourites]);
        if (result.Score >= MinimumScore)
        {
            return [];
        }

        var reasons = result.MatchSequence.Select(m => Reason(m, names)).OfType<string>().Distinct().ToList();
        return reasons.Count > 0 ? reasons : ["太短或太有规律"];
    }

    /// <summary>Whether the password contains the user name or the person's name (姓名): refused whatever its score.</summary>
    public static bool ContainsName(string password, string userName, string displayName)
    {
        ArgumentNullException.ThrowIfNull(password);
        return (!string.IsNullOrWhiteSpace(userName) && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase))
            || (displayName?.Trim() is { Length: >= 2 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    public static string Describe(IEnumerable<string> weaknesses) =>
        $"密码容易被猜中：{string.Join("；", weaknesses)}。请换一个更长、没有规律的密码，例如几个不相关的词语加上符号。";

    private static string? Reason(Zxcvbn.Match match, List<string> names) => match switch
    {
        DictionaryMatch { DictionaryName: "user_inputs" } d => names.Contains(d.MatchedWord) ? NameReason : ChineseReason,
        DictionaryMatch { DictionaryName: "passwords" } => "密码过于常见",
        DictionaryMatch => "含有常见的英文单词或人名",
        { Pattern: "spatial" } => "含有键盘上连续的字符（如 qwerty、1qaz）",
        { Pattern: "repeat" } => "重复的字符（如 aaaa）",
        { Pattern: "sequence" } => "含有连续的字母或数字（如 abcd、1234）",
        { Pattern: "date" or "year" } => "含有日期或年份",
        _ => null,
    };
}
