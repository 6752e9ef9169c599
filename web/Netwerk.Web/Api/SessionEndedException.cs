namespace Netwerk.Web.Api;

/// <summary>The API refused the member's access token (401): the member changed the password, signed out everywhere,
/// reset it or left, and membership revoked the tokens. Not a part of the page missing but the session over: the
/// exception handler ends it and asks the member to sign in again (<see cref="Netwerk.Web.SignIn.EndedSession"/>).</summary>
public sealed class SessionEndedException() : Exception("The API refused the session's access token");
