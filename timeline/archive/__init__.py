"""Archives: date mentions of 10^5 to 10^7 articles held as JSONL or Parquet records.

The modules, each owning one thing:

- `work`: one chunk of records in, its mention rows and bad records out (what every
  worker runs, locally or on a Dask cluster);
- `reader`: an archive file as a stream of chunks, never read whole;
- `sink`: the mention rows written as JSONL or Parquet, atomically;
- `local`: the chunks mapped over worker processes on this machine, in input order;
- `cluster`: the same map on a Dask distributed cluster;
- `progress`: the progress bar on a terminal;
- `select`: records of an archive brought into the seeds (`timeline add --from-jsonl`).

Nothing here imports pyarrow or dask until a Parquet file or a cluster is asked for.
"""
