package io.planex.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Errors reach people as one line on stderr, never a stack trace (unless PLANEX_DEBUG is set). */
final class Errors {
    private Errors() {}

    /** A failure the user can act on; its message is shown as is. */
    static final class UserException extends RuntimeException {
        UserException(String message) {
            super(message);
        }

        UserException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final class ParameterHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("planex: " + ex.getMessage());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.FATAL;
        }
    }

    static final class ExecutionHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            String message = ex instanceof UserException ? ex.getMessage() : describe(ex);
            err.println("planex: " + message);
            if (System.getenv("PLANEX_DEBUG") != null) ex.printStackTrace(err);
            err.flush();
            return ExitCodes.FATAL;
        }

        private static String describe(Throwable ex) {
            String m = ex.getMessage();
            return (m == null || m.isBlank()) ? ex.getClass().getSimpleName() : m;
        }
    }
}
