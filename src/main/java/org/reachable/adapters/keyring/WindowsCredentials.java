package org.reachable.adapters.keyring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Passwords in the Windows Credential Manager (a generic credential "Reachable: URL", the one
 * {@code cmdkey /list} shows), read and written by Windows PowerShell through advapi32's
 * CredRead/CredWrite: cmdkey can write but never read a password back, and would take it on its
 * command line. The target, user and password go on standard input, one line each.
 */
public final class WindowsCredentials implements Passwords {

    static final int NOT_FOUND = 3;

    /** The script; its first line reads what to do, the next lines the values. */
    static final String SCRIPT = String.join("\n",
            "$ErrorActionPreference = 'Stop'",
            "Add-Type -TypeDefinition @'",
            "using System; using System.Runtime.InteropServices;",
            "public static class ReachableCredentials {",
            "  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]",
            "  public struct CREDENTIAL { public int Flags; public int Type; public string TargetName;",
            "    public string Comment; public long LastWritten; public int CredentialBlobSize;",
            "    public IntPtr CredentialBlob; public int Persist; public int AttributeCount; public IntPtr Attributes;",
            "    public string TargetAlias; public string UserName; }",
            "  [DllImport(\"advapi32.dll\", CharSet = CharSet.Unicode, SetLastError = true)]",
            "  static extern bool CredReadW(string target, int type, int flags, out IntPtr credential);",
            "  [DllImport(\"advapi32.dll\", CharSet = CharSet.Unicode, SetLastError = true)]",
            "  static extern bool CredWriteW(ref CREDENTIAL credential, int flags);",
            "  [DllImport(\"advapi32.dll\")] static extern void CredFree(IntPtr credential);",
            "  public static string Read(string target) { IntPtr p; if (!CredReadW(target, 1, 0, out p)) return null;",
            "    try { var c = (CREDENTIAL) Marshal.PtrToStructure(p, typeof(CREDENTIAL));",
            "      return Marshal.PtrToStringUni(c.CredentialBlob, c.CredentialBlobSize / 2); } finally { CredFree(p); } }",
            "  public static void Write(string target, string user, string secret) { var c = new CREDENTIAL();",
            "    c.Type = 1; c.TargetName = target; c.UserName = user; c.Persist = 2;",
            "    c.CredentialBlobSize = secret.Length * 2; c.CredentialBlob = Marshal.StringToCoTaskMemUni(secret);",
            "    try { if (!CredWriteW(ref c, 0)) throw new System.ComponentModel.Win32Exception(); }",
            "    finally { Marshal.FreeCoTaskMem(c.CredentialBlob); } }",
            "}",
            "'@",
            "$what = [Console]::In.ReadLine(); $target = [Console]::In.ReadLine(); $user = [Console]::In.ReadLine()",
            "if ($what -eq 'write') { [ReachableCredentials]::Write($target, $user, [Console]::In.ReadLine()); exit 0 }",
            "$secret = [ReachableCredentials]::Read($target)",
            "if ($secret -eq $null) { exit " + NOT_FOUND + " }",
            "[Console]::Out.Write($secret)");

    private final OsTool tool;

    public WindowsCredentials(OsTool tool) {
        this.tool = tool;
    }

    static String target(String server, String user) {
        return "Reachable: " + user + "@" + server;
    }

    static List<String> command() {
        String encoded = Base64.getEncoder().encodeToString(SCRIPT.getBytes(StandardCharsets.UTF_16LE));
        return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-EncodedCommand", encoded);
    }

    @Override
    public Optional<String> find(String server, String user) throws StoreException {
        OsTool.Result result = run("read\n" + target(server, user) + "\n" + user + "\n");
        if (result.exit() == NOT_FOUND) {
            return Optional.empty();
        }
        if (result.exit() != 0) {
            throw failed("PowerShell exited with " + result.exit());
        }
        return Optional.of(result.out());
    }

    @Override
    public void store(String server, String user, String password) throws StoreException {
        OsTool.Result result = run("write\n" + target(server, user) + "\n" + user + "\n" + password + "\n");
        if (result.exit() != 0) {
            throw failed("PowerShell exited with " + result.exit());
        }
    }

    private OsTool.Result run(String input) throws StoreException {
        try {
            return tool.run(command(), input);
        } catch (IOException e) {
            throw failed(e.getMessage());
        }
    }

    private static StoreException failed(String why) {
        return new StoreException(Problem.of(ProblemKind.KEYRING_FAILED, why));
    }
}
