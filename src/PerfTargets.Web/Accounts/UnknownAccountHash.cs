using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// A password hash no one knows the password of, checked when a sign-in names no usable account
/// (unknown, disabled, locked), so that every failed sign-in costs one hash check and its time does
/// not tell whether the account exists.
/// </summary>
public static class UnknownAccountHash
{
    private static string? hash;

    public static void Verify(IPasswordHasher<PerfTargetsUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var nobody = new PerfTargetsUser();
        hash ??= hasher.HashPassword(nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(nobody, hash, password);
    }
}
