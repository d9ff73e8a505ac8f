using PerfTargets.Core.Security;
using PerfTargets.Core.Verification;

namespace PerfTargets.Core.Tests.Verification;

public class ApprovalMarkTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly ApprovalMarkSigner Signer = new([.. Enumerable.Range(0, 32).Select(i => (byte)i)]);

    [Theory]
    [InlineData("https://jxmb.example.gov.cn")]
    [InlineData("https://jxmb.example.gov.cn/")]
    public void The_address_is_the_verify_page_of_the_hash_with_the_signature(string baseUrl)
    {
        var mark = ApprovalMark.Issue(Signer, new Uri(baseUrl), 7, 2, Hash.ToUpperInvariant());

        mark.VersionNumber.ShouldBe(2);
        mark.ContentHash.ShouldBe(Hash);
        mark.Signature.ShouldBe(Signer.Sign(Hash, 2, 7));
        mark.VerificationUrl.AbsoluteUri.ShouldBe($"https://jxmb.example.gov.cn/verify/{Hash}?s={mark.Signature}");
    }

    [Fact]
    public void A_path_base_is_kept() =>
        ApprovalMark.UrlFor(new Uri("https://www.example.gov.cn/jxmb"), Hash, null).AbsoluteUri
            .ShouldBe($"https://www.example.gov.cn/jxmb/verify/{Hash}");

    [Fact]
    public void Without_a_key_the_mark_still_carries_version_hash_and_address()
    {
        var mark = ApprovalMark.Issue(new ApprovalMarkSigner(null), new Uri("http://localhost:5080/"), 7, 1, Hash);

        mark.Signature.ShouldBeNull();
        mark.VersionNumber.ShouldBe(1);
        mark.VerificationUrl.AbsoluteUri.ShouldBe($"http://localhost:5080/verify/{Hash}");
    }

    [Fact]
    public void Settings_default_to_no_public_address_and_60_checks_a_minute()
    {
        VerificationSettings.From(null, null).ShouldBe(new VerificationSettings(null, 60));
        VerificationSettings.From(" https://jxmb.example.gov.cn ", "5").ShouldBe(new VerificationSettings(new Uri("https://jxmb.example.gov.cn"), 5));
    }

    [Theory]
    [InlineData("jxmb.example.gov.cn", null, "Verification:PublicBaseUrl")]
    [InlineData("ftp://jxmb.example.gov.cn", null, "Verification:PublicBaseUrl")]
    [InlineData("https://jxmb.example.gov.cn/?a=1", null, "Verification:PublicBaseUrl")]
    [InlineData(null, "0", "Verification:RequestsPerMinute")]
    [InlineData(null, "sixty", "Verification:RequestsPerMinute")]
    public void A_wrong_setting_is_refused_naming_it(string? baseUrl, string? rate, string setting) =>
        Should.Throw<SettingException>(() => VerificationSettings.From(baseUrl, rate)).Message.ShouldContain(setting);
}
