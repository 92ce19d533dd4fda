package org.balimodel.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code bali} command: summarise, validate and render Bali Process statement documents.
 *
 * <pre>
 * java -jar bali.jar summary [FILE]
 * java -jar bali.jar validate [--json] [--lenient] FILE|DIR...
 * java -jar bali.jar render [FILE]
 * java -jar bali.jar import [FILE] [-o OUT] [--json]
 * java -jar bali.jar diff [--score] [--json] A B
 * java -jar bali.jar --version
 * </pre>
 *
 * <p>{@code -} as FILE reads standard input. Exit status: {@link #OK} when every statement is
 * valid (warnings and notes allowed), {@link #INVALID} when any has an error, {@link #USAGE} for a
 * usage error or an input that cannot be read, {@link #INTERNAL} for a defect of bali itself (such
 * as running out of memory). {@code diff} answers as diff(1) does: {@link #OK} when the two
 * statements do not differ, {@link #INVALID} when they do. Bad input is always reported as issues
 * or one line, never as a stack trace.
 * Output is UTF-8. The command line is parsed by picocli; the help texts are bali's own.
 */
@Command(name = "bali")
public final class Bali implements Callable<Integer> {

  /** Every statement read is valid. */
  public static final int OK = 0;

  /** At least one statement has an error. */
  public static final int INVALID = 1;

  /** The command line is wrong, or an input could not be read. */
  public static final int USAGE = 2;

  /** bali failed, not the input: a defect, or the JVM ran out of memory or stack. */
  public static final int INTERNAL = 3;

  static final String HELP = HelpText.BALI;
  static final String SUMMARY_HELP = HelpText.SUMMARY;
  static final String VALIDATE_HELP = HelpText.VALIDATE;
  static final String RENDER_HELP = HelpText.RENDER;
  static final String IMPORT_HELP = HelpText.IMPORT;
  static final String DIFF_HELP = HelpText.DIFF;

  private static final String HELP_SECTION = "bali";

  private final Console console;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  private boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true)
  private boolean version;

  private Bali(Console console) {
    this.console = console;
  }

  /** Without a command: the help, on standard error, and a usage error. */
  @Override
  public Integer call() {
    console.err().print(HELP);
    return USAGE;
  }

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default: statements quote names such as "Türkiye".
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    int status = run(System.in, out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command with {@code args} on the process's standard streams and returns its exit
   * status instead of exiting. Never throws.
   */
  public static int run(String... args) {
    return run(System.in, System.out, System.err, args);
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}, and returns its
   * exit status ({@link #OK}, {@link #INVALID}, {@link #USAGE} or {@link #INTERNAL}). Never throws.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(InputStream.nullInputStream(), out, err, args);
  }

  /**
   * Runs the command with {@code args}, reading standard input ({@code -}) from {@code in}, and
   * returns its exit status. Never throws.
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    Console console = new Console(in, out, err);
    return guarded(console, () -> commandLine(console).execute(args));
  }

  /** Runs {@code body}, turning a failure of bali itself into one line and {@link #INTERNAL}. */
  static int guarded(Console console, Callable<Integer> body) {
    try {
      return body.call();
    } catch (Exception | LinkageError | VirtualMachineError e) {
      return console.internalError(e);
    } finally {
      console.out().flush();
      console.err().flush();
    }
  }

  private static CommandLine commandLine(Console console) {
    CommandLine bali = new CommandLine(new Bali(console));
    bali.addSubcommand("summary", new SummaryCommand(console));
    bali.addSubcommand("validate", new ValidateCommand(console));
    bali.addSubcommand("render", new RenderCommand(console));
    bali.addSubcommand("import", new ImportCommand(console));
    bali.addSubcommand("diff", new DiffCommand(console));
    bali.addSubcommand("help", new HelpCommand(console));
    bali.getCommandSpec().version("bali " + version());
    helpText(bali, HELP);
    helpText(bali.getSubcommands().get("summary"), SUMMARY_HELP);
    helpText(bali.getSubcommands().get("validate"), VALIDATE_HELP);
    helpText(bali.getSubcommands().get("render"), RENDER_HELP);
    helpText(bali.getSubcommands().get("import"), IMPORT_HELP);
    helpText(bali.getSubcommands().get("diff"), DIFF_HELP);
    helpText(bali.getSubcommands().get("help"), HELP);
    // After the subcommands are added: these settings apply to the whole tree from here on.
    bali.setOut(new PrintWriter(console.out(), true));
    bali.setErr(new PrintWriter(console.err(), true));
    // A document may well be called @notes.json: operands are paths, never argument files.
    bali.setExpandAtFiles(false);
    bali.setParameterExceptionHandler((e, args) -> usageError(console, e));
    bali.setExecutionExceptionHandler((e, commandLine, parseResult) -> console.internalError(e));
    return bali;
  }

  /** picocli's usage help replaced by bali's own page. */
  private static void helpText(CommandLine command, String text) {
    command.setHelpSectionKeys(List.of(HELP_SECTION));
    command.getHelpSectionMap().put(HELP_SECTION, help -> text);
  }

  /** One wording per error, whichever subcommand meets it. */
  private static int usageError(Console console, ParameterException e) {
    String command = commandName(e.getCommandLine());
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      String what = argument.startsWith("-") ? "unknown option " : "unknown command ";
      return console.usageError(command, what + Console.quote(argument));
    }
    return console.usageError(command, sentence(e.getMessage()));
  }

  /** picocli's messages as bali words its own: lower case, no full stop. */
  private static String sentence(String message) {
    String text = message == null ? "invalid arguments" : message.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  static String commandName(CommandLine command) {
    return command.getParent() == null ? "" : command.getCommandName();
  }

  /** The version of bali the jar was built as, from the Maven-filtered version.properties. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Bali.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  private static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
  }

  /** {@code bali help [COMMAND]}: the help of bali or of one command, on standard output. */
  @Command(name = "help")
  static final class HelpCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(arity = "0..1")
    private String command;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    HelpCommand(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      if (command == null) {
        console.out().print(HELP);
        return OK;
      }
      CommandLine named = spec.parent().subcommands().get(command);
      if (named == null) {
        return console.usageError("", "no help for " + Console.quote(command));
      }
      console.out().print(named.getHelpSectionMap().get(HELP_SECTION).render(null));
      return OK;
    }
  }
}
