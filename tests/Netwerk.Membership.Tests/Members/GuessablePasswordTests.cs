using Netwerk.Membership.Members;

namespace Netwerk.Membership.Tests.Members;

public sealed class GuessablePasswordTests
{
    [Theory]
    [InlineData("Password12")]
    [InlineData("wachtwoord1")]
    [InlineData("qwerty1234")]
    [InlineData("welkom1234")]
    [InlineData("Netwerk2026")]
    [InlineData("!Welkom2026!")]
    [InlineData("1234567890")]
    [InlineData("aaaaaaaaaa1")]
    [InlineData("asdfghjkl;")]
    [InlineData("anne.devries@school.example1")]
    [InlineData("anne.devries2026")]
    [InlineData("Vissersboot-9")]
    public void Guessable_passwords_are_refused(string password) =>
        Assert.True(GuessablePasswords.IsGuessable(password, "anne.devries@school.example", "Sanne Visser"));

    [Theory]
    [InlineData("Veilig-wachtwoord-42")]
    [InlineData("Netwerk-demo-2026")]
    [InlineData("paarse olifant fietst")]
    [InlineData("Tr0mp3t-Zonder-Ventiel")]
    public void Passwords_without_an_easy_guess_are_accepted(string password) =>
        Assert.False(GuessablePasswords.IsGuessable(password, "anne.devries@school.example", "Sanne Visser"));
}
