namespace PerfTargets.Core.Accounts;

/// <summary>
/// 审核科室: one section of the finance office that reviews declarations in turn (业务股室, then
/// 绩效管理股 in seed 000). The sequence is its place in the review chain.
/// </summary>
public sealed class ReviewSection
{
    public const int NameMaxLength = 64;

    public const int OrganisationMaxLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The organisation the section belongs to, as its seal prints it (某县财政局).</summary>
    public string Organisation { get; set; } = string.Empty;

    public int Sequence { get; set; }

    /// <summary>
    /// 停用: the chain skips the section, so nothing is sent to it; it stays for the records that name
    /// it. A new section starts so, until it has a reviewer and a seal.
    /// </summary>
    public bool IsDisabled { get; set; }
}
