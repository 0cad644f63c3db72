import java.nio.file.Path;
import java.util.EnumSet;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.api.RunResult;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.Progress;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Phase times of one {@code outcomes report} run, as the engine announces its phases (docs/performance.md):
 * {@code java -cp cli/target/outcomes.jar bench/Timing.java DATA OUT [each|one] [FORMATS] [TEMPLATE]}, {@code each}
 * for one report per borough, FORMATS a comma-separated list of json, xlsx, pdf and html ({@code xlsx}, the
 * default, or {@code xlsx,pdf} as the bench's {@code --reports}), the quarterly template by default. Each phase's
 * wall time is printed with the process's CPU time in it: on 2 cores, a phase that uses both shows about twice.
 */
public class Timing {
    /** The process's CPU time so far, over every thread (its native solvers' too), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long[] last = {start};
        long[] lastCpu = {cpu()};
        String[] phase = {"start"};
        Progress progress = new Progress() {
            @Override
            public void phase(String name, long total, String unit) {
                long now = System.nanoTime();
                long cpu = cpu();
                System.out.printf("%-12s %7.1f s  CPU %7.1f s%n", phase[0], (now - last[0]) / 1e9,
                        (cpu - lastCpu[0]) / 1e9);
                last[0] = now;
                lastCpu[0] = cpu;
                phase[0] = name;
            }

            @Override
            public void advance(long done) {
            }

            @Override
            public void finish() {
                long now = System.nanoTime();
                long cpu = cpu();
                System.out.printf("%-12s %7.1f s  CPU %7.1f s%ntotal        %7.1f s  CPU %7.1f s%n", phase[0],
                        (now - last[0]) / 1e9, (cpu - lastCpu[0]) / 1e9, (now - start) / 1e9, cpu / 1e9);
            }
        };
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"); // as the CLI does
        ReportRequest.Builder request = ReportRequest.builder().dataDir(Path.of(args[0])).outDir(Path.of(args[1]));
        if (args.length > 2 && args[2].equals("each")) {
            request.each(GroupLevel.BOROUGH);
        }
        EnumSet<OutputFormat> outputs = EnumSet.noneOf(OutputFormat.class);
        for (String f : (args.length > 3 ? args[3] : "xlsx").split(",")) {
            outputs.add(OutputFormat.valueOf(f.toUpperCase(java.util.Locale.ROOT)));
        }
        request.outputs(outputs);
        if (args.length > 4) {
            request.template(args[4]);
        }
        try {
            RunResult result = ReportEngine.run(request.build(), progress);
            System.out.println(result.disclosureAudit());
        } catch (ReportException e) {
            System.out.printf("%-12s %7.1f s%nrefused: %s%n", phase[0], (System.nanoTime() - last[0]) / 1e9,
                    e.getMessage());
        }
    }
}
