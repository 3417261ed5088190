# The same file in every environment: the environments differ in terraform.tfvars only
# (infra-check refuses any other difference). State: an S3 backend given at `terraform init
# -backend-config=...` (docs/deploy.md "Terraform"), so no account details live here.
terraform {
  required_version = ">= 1.6"
  backend "s3" {}
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = { Project = "rupaya", Environment = var.name, ManagedBy = "terraform" }
  }
}

module "rupaya" {
  source = "../../modules/rupaya"

  name                             = var.name
  vpc_cidr_block                   = var.vpc_cidr_block
  availability_zones               = var.availability_zones
  single_nat_gateway               = var.single_nat_gateway
  certificate_arn                  = var.certificate_arn
  initial_image_tag                = var.initial_image_tag
  keep_images                      = var.keep_images
  kms_deletion_window_days         = var.kms_deletion_window_days
  secret_recovery_window_days      = var.secret_recovery_window_days
  log_retention_days               = var.log_retention_days
  deletion_protection              = var.deletion_protection
  db_engine_version                = var.db_engine_version
  db_instance_class                = var.db_instance_class
  db_allocated_storage_gb          = var.db_allocated_storage_gb
  db_max_connections               = var.db_max_connections
  db_proxy_max_connections_percent = var.db_proxy_max_connections_percent
  read_from_replica                = var.read_from_replica
  db_backup_retention_days         = var.db_backup_retention_days
  redis_engine_version             = var.redis_engine_version
  redis_node_type                  = var.redis_node_type
  redis_snapshot_retention_days    = var.redis_snapshot_retention_days
  server_cpu                       = var.server_cpu
  server_memory                    = var.server_memory
  server_min_tasks                 = var.server_min_tasks
  server_max_tasks                 = var.server_max_tasks
  gateway_cpu                      = var.gateway_cpu
  gateway_memory                   = var.gateway_memory
  gateway_min_tasks                = var.gateway_min_tasks
  gateway_max_tasks                = var.gateway_max_tasks
  shutdown_drain_s                 = var.shutdown_drain_s
  grace_period_s                   = var.grace_period_s
  jwt_key_id                       = var.jwt_key_id
  smtp_host                        = var.smtp_host
  smtp_username                    = var.smtp_username
  mail_from                        = var.mail_from
  public_web_url                   = var.public_web_url
  waf_requests_per_5_minutes       = var.waf_requests_per_5_minutes
  alarm_alb_5xx_per_minute         = var.alarm_alb_5xx_per_minute
  alarm_p99_latency_s              = var.alarm_p99_latency_s
  alarm_replica_lag_s              = var.alarm_replica_lag_s
}
