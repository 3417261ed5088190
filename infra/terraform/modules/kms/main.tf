# One customer-managed key per environment: RDS storage and snapshots, ElastiCache, Secrets
# Manager, CloudWatch logs, SNS and ECR are encrypted under it; rotated yearly by AWS.
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

resource "aws_kms_key" "this" {
  description             = "${var.name}: data at rest"
  enable_key_rotation     = true
  deletion_window_in_days = var.deletion_window_days
  policy                  = data.aws_iam_policy_document.key.json
}

resource "aws_kms_alias" "this" {
  name          = "alias/${var.name}"
  target_key_id = aws_kms_key.this.key_id
}

# The account administers the key; CloudWatch Logs may use it for this environment's groups
# only (the services that encrypt through grants need nothing here).
data "aws_iam_policy_document" "key" {
  # checkov:skip=CKV_AWS_111:in a key policy "*" is this key; the account-root statement is AWS's default, letting IAM policies govern the key
  # checkov:skip=CKV_AWS_356:in a key policy "*" is this key, nothing else
  # checkov:skip=CKV_AWS_109:in a key policy "*" is this key; the account-root statement is AWS's default
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
  statement {
    sid       = "CloudWatchLogs"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["logs.${data.aws_region.current.name}.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:aws:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:log-group:/${var.name}/*"]
    }
  }
}
