namespace PerfTargets.Core.Accounts;

/// <summary>
/// Passwords too common to accept (the top of the public breach lists and the favourites of
/// Chinese users such as 5201314 or woaini1314), compared without regard to case.
/// </summary>
public static class CommonPasswords
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456", "123456789", "12345678", "password", "qwerty", "12345", "1234567", "111111",
        "123123", "1234567890", "000000", "abc123", "password1", "1234", "iloveyou", "1q2w3e4r",
        "666666", "654321", "123321", "qwerty123", "qwertyuiop", "7777777", "888888", "987654321",
        "112233", "121212", "123654", "123qwe", "1qaz2wsx", "a123456", "a12345678", "aa123456",
        "abc123456", "admin", "admin123", "admin888", "administrator", "passw0rd", "password123", "p@ssw0rd",
        "p@ssword", "welcome", "welcome1", "letmein", "monkey", "dragon", "master", "sunshine",
        "princess", "football", "baseball", "shadow", "superman", "trustno1", "zaq12wsx", "woaini",
        "woaini1314", "woaini520", "5201314", "1314520", "520520", "521521", "caonima", "wangyang",
        "zhang123", "li123456", "123456a", "123456aa", "123456abc", "112233445566", "147258369", "159357",
        "1qazxsw2", "q1w2e3r4", "q1w2e3r4t5", "asdfghjkl", "asdf1234", "zxcvbnm", "zxcvbnm123", "qazwsx",
        "qazwsxedc", "88888888", "11111111", "00000000", "66666666", "99999999", "12341234", "11223344",
        "123456789a", "a1234567", "a1b2c3d4", "abcd1234", "abcdefg", "abcdefgh", "1234qwer", "qwer1234",
        "woshishui", "aini1314", "nihao123", "changeme", "secret", "default", "guest", "root",
        "test", "test123", "user123", "Password", "Password1", "Password123", "Passw0rd!", "Admin@123",
        "Admin123", "Abc@123", "Abc123456", "Aa123456", "Aa123456!", "P@ssw0rd", "Qwer1234", "Qwerty123",
        "Welcome1", "Welcome@123", "123456789abc", "0123456789", "9876543210", "1111111111", "2222222222", "147852369",
        "741852963", "963852741", "zaq1xsw2", "1qaz@WSX", "1QAZ2wsx", "Zxcvbnm123", "asd123456", "qwe123456",
    };

    public static bool Contains(string password) => Known.Contains(password);
}
