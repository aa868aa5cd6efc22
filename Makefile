# The README's commands. Each installs what is missing first (scripts/setup.sh).
.PHONY: serve test size stats perf perf-ui benchmark benchmark-demo package

serve:  ## build the release app and serve it on http://127.0.0.1:8080/
	@scripts/serve.sh

test:   ## run every test layer; ends with "N passed, N failed"
	@scripts/test.sh

size:   ## build release and print the first load (raw, brotli) against the budget
	@scripts/size.sh

package:  ## release build + target/package/arbeitgeber-check-<version>.zip for any web server (see KAMMER.md)
	@scripts/package.sh

stats:  ## print content statistics
	@cargo run --quiet -p arbeitgeber-check-core --example content_stats

perf:  ## time scoring + recommendations natively (performance, not the regional benchmark)
	@cargo run --quiet --release -p arbeitgeber-check-core --example perf_engine

perf-ui:  ## first load, Lighthouse mobile, results render, answer click; beside perf/previous.json
	@scripts/size.sh > /dev/null && node scripts/perf-ui.mjs dist

benchmark:  ## FILES=<folder>: regional benchmark from result files -> target/benchmark/benchmark.json (BENCHMARK.md)
	@cargo run --quiet -p arbeitgeber-check-core --example benchmark -- "$(FILES)"

benchmark-demo:  ## 40 generated result files in target/benchmark/demo, then the benchmark built from them
	@rm -rf target/benchmark/demo
	@cargo run --quiet -p arbeitgeber-check-core --example benchmark_demo -- target/benchmark/demo 40
	@cargo run --quiet -p arbeitgeber-check-core --example benchmark -- target/benchmark/demo
