using PerfTargets.Core.Security;
using PerfTargets.Core.Verification;

namespace PerfTargets.Core.Tests.Verification;

public class ApprovalMarkSignerTests
{
    private const string Hash = "abababababababababababababababababababababababababababababababab";
    private const string OtherHash = "abababababababababababababababababababababababababababababababac";

    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    private static readonly ApprovalMarkSigner Signer = new(Key);

    [Fact]
    public void The_signature_is_the_first_16_bytes_of_the_HMAC_of_the_canonical_text()
    {
        // Pinned: printed marks must keep verifying after any refactoring of the signer.
        ApprovalMarkSigner.Canonical(Hash, 2, 7).ShouldBe($"perftargets-approval-mark-v1\n{Hash}\n2\n7");
        Signer.Sign(Hash, 2, 7).ShouldBe("da666180c930c7a9ae70d1fd7148b52d");
    }

    [Fact]
    public void The_same_mark_signs_the_same_and_an_upper_case_hash_is_the_same_hash()
    {
        Signer.Sign(Hash, 2, 7).ShouldBe(new ApprovalMarkSigner(Key).Sign(Hash, 2, 7));
        Signer.Sign(Hash.ToUpperInvariant(), 2, 7).ShouldBe(Signer.Sign(Hash, 2, 7));
    }

    [Fact]
    public void Any_changed_input_or_key_signs_differently()
    {
        var signature = Signer.Sign(Hash, 2, 7);
        var otherKey = Key.ToArray();
        otherKey[31] ^= 1;

        new[]
        {
            Signer.Sign(OtherHash, 2, 7),
            Signer.Sign(Hash, 3, 7),
            Signer.Sign(Hash, 2, 8),
            new ApprovalMarkSigner(otherKey).Sign(Hash, 2, 7),
        }.ShouldAllBe(s => s != signature && s!.Length == ApprovalMarkSigner.SignatureLength);
    }

    [Fact]
    public void Verification_accepts_the_signature_in_either_case_and_refuses_any_other()
    {
        var signature = Signer.Sign(Hash, 2, 7)!;
        var oneDigitOff = (signature[0] == '0' ? "1" : "0") + signature[1..];

        Signer.Check(Hash, 2, 7, signature).ShouldBe(SignatureCheck.Matches);
        Signer.Check(Hash, 2, 7, signature.ToUpperInvariant()).ShouldBe(SignatureCheck.Matches);
        Signer.Check(Hash, 2, 7, oneDigitOff).ShouldBe(SignatureCheck.DoesNotMatch);
        Signer.Check(Hash, 3, 7, signature).ShouldBe(SignatureCheck.DoesNotMatch);
        Signer.Check(OtherHash, 2, 7, signature).ShouldBe(SignatureCheck.DoesNotMatch);
        Signer.Check(Hash, 2, 7, signature[..30]).ShouldBe(SignatureCheck.DoesNotMatch);
        Signer.Check(Hash, 2, 7, new string('z', 32)).ShouldBe(SignatureCheck.DoesNotMatch);
        Signer.Check(Hash, 2, 7, null).ShouldBe(SignatureCheck.NotGiven);
    }

    [Fact]
    public void Without_a_key_nothing_is_signed_and_a_signature_cannot_be_checked()
    {
        var unsigned = new ApprovalMarkSigner(null);

        unsigned.Signs.ShouldBeFalse();
        unsigned.Sign(Hash, 2, 7).ShouldBeNull();
        unsigned.Check(Hash, 2, 7, "da666180c930c7a9ae70d1fd7148b52d").ShouldBe(SignatureCheck.NoKey);
    }

    [Fact]
    public void A_malformed_hash_is_not_signed() =>
        Should.Throw<ArgumentException>(() => Signer.Sign("abc", 2, 7)).ParamName.ShouldBe("contentHash");

    [Fact]
    public void A_key_of_32_bytes_in_base64_is_read()
    {
        SecretKey.Parse(" AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8= ", "Verification:Key", "核验").ShouldBe(Key);
        SecretKey.Parse(SecretKey.NewBase64(), "Verification:Key", "核验").Length.ShouldBe(32);
        SecretKey.NewBase64().ShouldNotBe(SecretKey.NewBase64());
    }

    [Theory]
    [InlineData("not base64!", "Verification:Key 不是有效的 Base64 文本。")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "Verification:Key 只有 31 字节，至少需要 32 字节。")]
    [InlineData("", "Verification:Key 只有 0 字节，至少需要 32 字节。")]
    public void A_bad_key_is_refused_naming_the_setting_and_how_to_make_one_but_not_the_key(string text, string reason)
    {
        var refusal = Should.Throw<SettingException>(() => SecretKey.Parse(text, "Verification:Key", "核验"));

        refusal.Message.ShouldBe($"核验配置错误：{reason}可用 openssl rand -base64 32 生成一个。");
        if (text.Length > 0)
        {
            refusal.Message.ShouldNotContain(text);
        }
    }

    [Fact]
    public void A_signer_refuses_a_short_key() =>
        Should.Throw<ArgumentException>(() => new ApprovalMarkSigner(new byte[31]));
}
