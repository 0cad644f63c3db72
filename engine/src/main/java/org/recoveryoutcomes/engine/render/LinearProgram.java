package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A linear program of the disclosure audit over a group of linked hidden figures, x ≥ 0: rows Σ a × x (= or ≤) b,
 * and the relations of one hidden figure as bounds on it (cheaper as a bound than as a row); and the two solvers
 * that find its optima: OR-Tools' GLOP, where its native library loads, and ojAlgo in pure Java.
 */
final class LinearProgram {
    final double[] lower;
    final double[] upper;
    final List<int[]> rowVars = new ArrayList<>();
    final List<double[]> rowCoefs = new ArrayList<>();
    final List<Double> rowBound = new ArrayList<>();
    final BitSet rowEqual = new BitSet();
    boolean infeasible;

    LinearProgram(int n) {
        lower = new double[n];
        upper = new double[n];
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
    }

    /** Σ terms (= or ≤) bound, each term {local variable, coefficient}. */
    void add(List<int[]> terms, double bound, boolean equal) {
        if (terms.size() == 1) {
            int v = terms.get(0)[0];
            double limit = bound / terms.get(0)[1];
            if (equal) {
                lower[v] = Math.max(lower[v], limit);
                upper[v] = Math.min(upper[v], limit);
            } else if (terms.get(0)[1] > 0) {
                upper[v] = Math.min(upper[v], limit);
            } else {
                lower[v] = Math.max(lower[v], limit);
            }
            return;
        }
        int[] vars = new int[terms.size()];
        double[] coefs = new double[terms.size()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = terms.get(i)[0];
            coefs[i] = terms.get(i)[1];
        }
        if (equal) {
            rowEqual.set(rowVars.size());
        }
        rowVars.add(vars);
        rowCoefs.add(coefs);
        rowBound.add(bound);
    }

    void close() {
        for (int i = 0; i < lower.length; i++) {
            infeasible |= lower[i] > upper[i] + 1e-9;
        }
    }

    /** The objective's value at point {@code x}. */
    static double value(double[] objective, double[] x) {
        double v = 0;
        for (int i = 0; i < x.length; i++) {
            v += objective[i] * x[i];
        }
        return v;
    }

    /** A program's outcome: the state, and for an optimum the point (local variables). */
    record Optimum(State state, double[] solution) {
        enum State { OPTIMAL, UNBOUNDED, INFEASIBLE }
    }

    /** The pure-Java solver: a new model for each optimum. */
    static final class OjAlgo {
        private OjAlgo() {
        }

        static Optimum optimise(LinearProgram p, double[] upper, double[] objective, boolean maximise) {
            org.ojalgo.optimisation.ExpressionsBasedModel model =
                    new org.ojalgo.optimisation.ExpressionsBasedModel();
            org.ojalgo.optimisation.Variable[] x = new org.ojalgo.optimisation.Variable[p.lower.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = model.addVariable("x" + i).lower(p.lower[i]);
                if (upper[i] < Double.POSITIVE_INFINITY) {
                    x[i].upper(upper[i]);
                }
            }
            for (int r = 0; r < p.rowVars.size(); r++) {
                org.ojalgo.optimisation.Expression e = model.addExpression("r" + r);
                int[] rv = p.rowVars.get(r);
                double[] rc = p.rowCoefs.get(r);
                for (int i = 0; i < rv.length; i++) {
                    e.set(x[rv[i]], rc[i]);
                }
                if (p.rowEqual.get(r)) {
                    e.level(p.rowBound.get(r));
                } else {
                    e.upper(p.rowBound.get(r));
                }
            }
            org.ojalgo.optimisation.Expression goal = model.addExpression("objective").weight(1);
            for (int i = 0; i < objective.length; i++) {
                if (objective[i] != 0) {
                    goal.set(x[i], objective[i]);
                }
            }
            org.ojalgo.optimisation.Optimisation.Result result = maximise ? model.maximise() : model.minimise();
            org.ojalgo.optimisation.Optimisation.State state = result.getState();
            if (state == org.ojalgo.optimisation.Optimisation.State.UNBOUNDED) {
                return new Optimum(Optimum.State.UNBOUNDED, null);
            }
            if (!state.isFeasible()) {
                return new Optimum(Optimum.State.INFEASIBLE, null);
            }
            double[] solution = new double[x.length];
            for (int i = 0; i < solution.length; i++) {
                solution[i] = result.doubleValue(i);
            }
            return new Optimum(Optimum.State.OPTIMAL, solution);
        }
    }

    /**
     * OR-Tools' GLOP over one program, kept for every optimum asked of it: each solve after the first starts
     * from the last optimal basis, as only the objective and the caps change. Not thread-safe: one per
     * component audit.
     */
    static final class Glop {
        /** True when the native library loaded on this platform; otherwise ojAlgo solves every program. */
        static final boolean AVAILABLE = load();

        /** {@link #AVAILABLE}, loading the library on first use. */
        static boolean available() {
            return AVAILABLE;
        }

        private static boolean load() {
            try {
                com.google.ortools.Loader.loadNativeLibraries();
                return true;
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        /**
         * Where GLOP does not find an optimum (it tells an unbounded program from an infeasible one only
         * sometimes), the program is solved again with every variable boxed below this: an optimum at half the box
         * or more is an unbounded figure. Boxing every program from the start makes GLOP many times slower.
         */
        private static final double BOX = 1e9;

        private final LinearProgram program;
        private final Model open;
        private Model boxed;

        Glop(LinearProgram p) {
            program = p;
            open = new Model(p, Double.POSITIVE_INFINITY);
        }

        /**
         * The optimum or an unbounded objective; null for anything else (ojAlgo is asked then, so that an
         * infeasible program, which says the published figures contradict each other, never rests on one
         * solver's tolerances).
         */
        Optimum optimise(double[] upper, double[] objective, boolean maximise) {
            Optimum o = open.optimise(upper, objective, maximise);
            if (o != null) {
                return o;
            }
            if (boxed == null) {
                boxed = new Model(program, BOX);
            }
            o = boxed.optimise(upper, objective, maximise);
            if (o != null && Math.abs(value(objective, o.solution())) >= BOX / 2) {
                return new Optimum(Optimum.State.UNBOUNDED, null);
            }
            return o;
        }

        void release() {
            open.release();
            if (boxed != null) {
                boxed.release();
            }
        }

        /** One native model, its variables capped at {@code box}, re-solved objective after objective. */
        private static final class Model {
            private final com.google.ortools.linearsolver.MPSolver solver;
            private final com.google.ortools.linearsolver.MPVariable[] x;
            private final com.google.ortools.linearsolver.MPObjective goal;
            private final double box;
            private final double[] upperSet;
            private final double[] goalSet;

            Model(LinearProgram p, double box) {
                this.box = box;
                solver = com.google.ortools.linearsolver.MPSolver.createSolver("GLOP");
                int n = p.lower.length;
                x = new com.google.ortools.linearsolver.MPVariable[n];
                upperSet = new double[n];
                goalSet = new double[n];
                for (int i = 0; i < n; i++) {
                    upperSet[i] = Math.min(p.upper[i], box);
                    x[i] = solver.makeNumVar(p.lower[i], upperSet[i], "");
                }
                for (int r = 0; r < p.rowVars.size(); r++) {
                    double b = p.rowBound.get(r);
                    com.google.ortools.linearsolver.MPConstraint c = solver.makeConstraint(
                            p.rowEqual.get(r) ? b : Double.NEGATIVE_INFINITY, b, "");
                    int[] rv = p.rowVars.get(r);
                    double[] rc = p.rowCoefs.get(r);
                    for (int i = 0; i < rv.length; i++) {
                        c.setCoefficient(x[rv[i]], rc[i]);
                    }
                }
                goal = solver.objective();
            }

            /** The optimum or an unbounded objective, or null when GLOP says anything else. */
            Optimum optimise(double[] upper, double[] objective, boolean maximise) {
                for (int i = 0; i < x.length; i++) {
                    double ub = Math.min(upper[i], box);
                    if (ub != upperSet[i]) {
                        x[i].setUb(ub);
                        upperSet[i] = ub;
                    }
                    if (objective[i] != goalSet[i]) {
                        goal.setCoefficient(x[i], objective[i]);
                        goalSet[i] = objective[i];
                    }
                }
                goal.setOptimizationDirection(maximise);
                com.google.ortools.linearsolver.MPSolver.ResultStatus status = solver.solve();
                // Compared, not switched on: a switch over a native enum would load it with this file's other
                // switches, before the library is loaded.
                if (status == com.google.ortools.linearsolver.MPSolver.ResultStatus.OPTIMAL) {
                    double[] solution = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        solution[i] = x[i].solutionValue();
                    }
                    return new Optimum(Optimum.State.OPTIMAL, solution);
                }
                if (status == com.google.ortools.linearsolver.MPSolver.ResultStatus.UNBOUNDED) {
                    return new Optimum(Optimum.State.UNBOUNDED, null);
                }
                return null;
            }

            void release() {
                solver.delete();
            }
        }
    }
}
