"""Side-by-side benchmarks of posthog_api against a reference, as ratios: ``python -m bench``.

Every figure is measured against its reference in the same run (the machine is shared and noisy,
so absolute times mean little). See BENCHMARKS.md.
"""
