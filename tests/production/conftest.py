import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from settings import base as base_settings
from tests.support.network import free_port, wait_for_port


@pytest.fixture(scope="session")
def moto_endpoint(tmp_path_factory):
    """A real S3 endpoint: moto's server on a free local port."""
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    moto_server = Path(sys.executable).with_name("moto_server")
    with open(log, "w") as output:
        process = subprocess.Popen(
            [str(moto_server), "-H", "127.0.0.1", "-p", str(port)], stdout=output, stderr=subprocess.STDOUT
        )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def s3_storages(moto_endpoint, settings):
    """STORAGES pointing at a fresh bucket on the moto server, as
    settings.base configures them when AWS_STORAGE_BUCKET_NAME is set."""
    import boto3

    bucket = f"media-{uuid.uuid4().hex[:12]}"
    credentials = {"aws_access_key_id": "test", "aws_secret_access_key": "test", "region_name": "us-east-1"}
    client = boto3.client("s3", endpoint_url=moto_endpoint, **credentials)
    client.create_bucket(Bucket=bucket)
    # The production storages (settings.base), on the test bucket.
    settings.STORAGES = {
        **settings.STORAGES,
        **base_settings.s3_storages(
            bucket,
            endpoint_url=moto_endpoint,
            region_name="us-east-1",
            access_key="test",
            secret_key="test",
            addressing_style="path",
        ),
    }
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
    return {"client": client, "bucket": bucket, "endpoint": moto_endpoint}
