print("folio-bench: not written yet")
